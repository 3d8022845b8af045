// Every character that has to be escaped somewhere on the way to HTML, XML or JSON-LD.
export const AWKWARD_TITLE = `Ampersands & <angle brackets>, "double" and 'single' quotes 🚀 </script>`;
