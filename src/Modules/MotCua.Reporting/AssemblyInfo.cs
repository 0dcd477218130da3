using System.Resources;

// Resources/*.resx hold Vietnamese (the default UI language); *.en.resx hold English.
[assembly: NeutralResourcesLanguage("vi")]
