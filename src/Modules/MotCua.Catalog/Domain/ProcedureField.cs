namespace MotCua.Catalog.Domain;

/// <summary>Lĩnh vực: the sector a procedure belongs to (e.g. "Lý lịch tư pháp", "Đường bộ").</summary>
public sealed class ProcedureField
{
    private ProcedureField()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public static ProcedureField Create(string code, string name) => new() { Code = code.Trim(), Name = name.Trim() };

    public void Rename(string name) => Name = name.Trim();
}
