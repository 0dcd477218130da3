namespace MotCua.Catalog;

/// <summary>Marker for the strings of the public catalog pages: Resources/BrowseText(.en).resx.</summary>
public sealed class BrowseText;
