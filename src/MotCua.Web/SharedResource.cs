using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace MotCua.Web;

/// <summary>Marker for the host's strings (layout, navigation, errors): Resources/SharedResource(.en).resx.</summary>
public sealed class SharedResource;
