<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns /rss.xml, /atom.xml and the tag feeds into a readable page when someone opens
  them in a browser; feed readers ignore it and read the feed itself.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat" />

  <xsl:template match="/">
    <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title" />
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title><xsl:value-of select="$title" /> (web feed)</title>
        <style>
          body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.6; color: #1f2937; background: #fff; }
          header, main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
          header { border-bottom: 1px solid #e5e7eb; }
          a { color: #2557d6; }
          .about { background: #f3f4f6; padding: 0.75rem 1rem; border-radius: 0.375rem; }
          code { font-size: 0.95em; overflow-wrap: anywhere; }
          ol { list-style: none; padding: 0; }
          li { padding: 1rem 0; border-bottom: 1px solid #e5e7eb; }
          h2 { font-size: 1.25rem; margin: 0 0 0.25rem; line-height: 1.3; }
          .date { color: #4b5563; margin: 0; font-size: 0.95rem; }
        </style>
      </head>
      <body>
        <header>
          <p class="about">
            This is a web feed. Subscribe by copying its address into your feed reader:
            <code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href | atom:feed/atom:link[@rel='self']/@href" /></code>
          </p>
        </header>
        <main>
          <h1><xsl:value-of select="$title" /></h1>
          <p><xsl:value-of select="rss/channel/description | atom:feed/atom:subtitle" /></p>
          <p>
            <a href="{rss/channel/link | atom:feed/atom:link[@rel='alternate']/@href}">Visit the blog</a>
          </p>
          <ol>
            <xsl:apply-templates select="rss/channel/item | atom:feed/atom:entry" />
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <h2><a href="{link}"><xsl:value-of select="title" /></a></h2>
      <!-- RFC 822: "Mon, 04 Mar 2024 00:00:00 GMT" -->
      <p class="date"><xsl:value-of select="substring(pubDate, 6, 11)" /></p>
      <p><xsl:value-of select="description" /></p>
    </li>
  </xsl:template>

  <!-- Atom titles and summaries are escaped HTML (type="html"): they hold text and entities only. -->
  <xsl:template match="atom:entry">
    <li>
      <h2><a href="{atom:link/@href}"><xsl:value-of select="atom:title" disable-output-escaping="yes" /></a></h2>
      <p class="date"><xsl:value-of select="substring(atom:published, 1, 10)" /></p>
      <p><xsl:value-of select="atom:summary" disable-output-escaping="yes" /></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
