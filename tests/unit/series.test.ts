import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectSeries, partLabel, seriesOfSeriesPage, seriesPlace, seriesSlug, type SeriesPostLike } from '../../src/lib/series.ts';

function part(id: string, pubDate: string, series?: string, seriesOrder?: number): SeriesPostLike {
  return { id, data: { pubDate: new Date(pubDate), series, seriesOrder } };
}

const ids = (posts: readonly SeriesPostLike[]) => posts.map((post) => post.id);

describe('seriesSlug', () => {
  it('makes a URL segment of any name', () => {
    assert.equal(seriesSlug('Kubernetes operators with Python'), 'kubernetes-operators-with-python');
    assert.equal(seriesSlug('  Ça va? C++ & Go!  '), 'ca-va-c-go');
    assert.equal(seriesSlug('!!!'), '');
  });

  it('finds the series of a series page', () => {
    assert.equal(seriesOfSeriesPage('/series/cdk8s/'), 'cdk8s');
    assert.equal(seriesOfSeriesPage('/series/cdk8s/index.html'), 'cdk8s');
    assert.equal(seriesOfSeriesPage('/series/'), undefined);
    assert.equal(seriesOfSeriesPage('/tags/cdk8s/'), undefined);
  });
});

describe('collectSeries', () => {
  it('orders parts by date, groups names that differ only in case, and leaves other posts out', () => {
    const series = collectSeries([
      part('second', '2021-02-01', 'cdk8s'),
      part('alone', '2021-01-15'),
      part('first', '2021-01-01', 'CDK8s'),
      part('third', '2021-03-01', 'cdk8s!'),
    ]);
    assert.equal(series.length, 1);
    assert.equal(series[0]!.slug, 'cdk8s');
    assert.deepEqual(ids(series[0]!.parts), ['first', 'second', 'third']);
  });

  it('lets seriesOrder overrule the dates, and orders parts of one day by it', () => {
    const [series] = collectSeries([
      part('written-first', '2021-01-01', 'S', 2),
      part('prequel', '2021-06-01', 'S', 1),
      part('same-day-b', '2022-01-01', 'S', 3),
      part('same-day-a', '2022-01-01', 'S', 4),
    ]);
    assert.deepEqual(ids(series!.parts), ['prequel', 'written-first', 'same-day-b', 'same-day-a']);
  });

  it('keeps one order for parts of one day without seriesOrder, whatever order they come in', () => {
    const one = [part('b', '2022-01-01', 'S'), part('a', '2022-01-01', 'S')];
    assert.deepEqual(ids(collectSeries(one)[0]!.parts), ['a', 'b']);
    assert.deepEqual(ids(collectSeries([...one].reverse())[0]!.parts), ['a', 'b']);
  });

  it('lists the series with the newest part first', () => {
    const series = collectSeries([part('old', '2019-01-01', 'Old'), part('new', '2024-01-01', 'New'), part('older', '2018-01-01', 'Old')]);
    assert.deepEqual(
      series.map((one) => one.name),
      ['New', 'Old'],
    );
  });
});

describe('seriesPlace', () => {
  const posts = [part('one', '2021-01-01', 'S'), part('two', '2021-02-01', 'S'), part('three', '2021-03-01', 'S')];
  const series = collectSeries(posts);

  it('numbers the part and names the next one', () => {
    const place = seriesPlace(posts[1]!, series);
    assert.equal(place?.position, 2);
    assert.equal(place?.series.parts.length, 3);
    assert.equal(place?.next?.id, 'three');
    assert.equal(seriesPlace(posts[2]!, series)?.next, undefined);
  });

  it('has no place for a post outside a series or one left out of the list (a draft)', () => {
    assert.equal(seriesPlace(part('x', '2021-01-01'), series), undefined);
    assert.equal(seriesPlace(part('draft', '2021-01-01', 'S'), series), undefined);
  });

  it('counts only the parts it was given', () => {
    const published = collectSeries([posts[0]!, posts[2]!]);
    assert.equal(seriesPlace(posts[2]!, published)?.position, 2);
    assert.equal(partLabel(2, published[0]!.parts.length), 'Part 2 of 2');
  });
});
