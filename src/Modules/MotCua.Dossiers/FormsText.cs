namespace MotCua.Dossiers;

/// <summary>Resource marker for the printed forms 01–06 of TT 01/2018/TT-VPCP (Resources/FormsText.resx).</summary>
public sealed class FormsText;
