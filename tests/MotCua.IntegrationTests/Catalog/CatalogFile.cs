using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>Builds motcua.catalog/v1 documents with codes unique to one test, so tests never collide with each other or the demo.</summary>
internal sealed class CatalogFile
{
    public const string Justice = "000.00.12.H40";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public CatalogFile() => FieldCode = "TEST" + _suffix;

    public string FieldCode { get; }

    public JsonArray Fields { get; } = [];

    public JsonArray Procedures { get; } = [];

    public string Prefix => $"9.{_suffix}.";

    public string Code(int n) => Prefix + n;

    public CatalogFile WithField()
    {
        Fields.Add(new JsonObject { ["code"] = FieldCode, ["name"] = "Lĩnh vực kiểm thử " + _suffix });
        return this;
    }

    public JsonObject Add(int n, Action<JsonObject>? change = null)
    {
        var procedure = Published(Code(n), FieldCode);
        change?.Invoke(procedure);
        Procedures.Add(procedure);
        return procedure;
    }

    public static JsonObject Published(string code, string field) => new()
    {
        ["code"] = code,
        ["name"] = "Cấp giấy xác nhận kiểm thử " + code,
        ["field"] = field,
        ["levels"] = "Province",
        ["competentAgency"] = "Sở Tư pháp",
        ["implementingUnit"] = Justice,
        ["channels"] = "Direct, Online",
        ["processingTimes"] = new JsonArray(new JsonObject { ["amount"] = 5, ["unit"] = "WorkingDays" }),
        ["fees"] = new JsonArray(new JsonObject { ["kind"] = "Charge", ["description"] = "Lệ phí cấp giấy", ["amountDong"] = 50000 }),
        ["components"] = new JsonArray(new JsonObject
        {
            ["name"] = "Tờ khai đề nghị",
            ["originals"] = 1,
            ["formName"] = "Mẫu số 01/KT",
            ["formFile"] = new JsonObject
            {
                ["fileName"] = "to-khai.txt",
                ["contentType"] = "text/plain",
                ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("TỜ KHAI ĐỀ NGHỊ\n1. Họ và tên: ....")),
            },
        }),
        ["sequence"] = "Nộp hồ sơ; thẩm định; trả kết quả.",
        ["subjects"] = "Công dân Việt Nam",
        ["resultType"] = "Giấy xác nhận",
        ["legalBases"] = new JsonArray(new JsonObject { ["number"] = "28/2009/QH12", ["title"] = "Luật Lý lịch tư pháp" }),
        ["onlineLevel"] = "Partial",
        ["decision"] = new JsonObject { ["number"] = "99/QĐ-UBND", ["signedOn"] = "2025-01-10", ["signer"] = "Phó Chủ tịch UBND tỉnh", ["effectiveOn"] = "2025-01-20" },
        ["internalProcess"] = new JsonObject
        {
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "Tiếp nhận", ["role"] = "DeskOfficer", ["unit"] = "000.00.00.H40", ["budget"] = 0.5 },
                new JsonObject { ["name"] = "Thẩm định", ["role"] = "ProcessingOfficer", ["unit"] = "000.01.12.H40", ["budget"] = 3 },
                new JsonObject { ["name"] = "Phê duyệt", ["role"] = "DepartmentLeader", ["budget"] = 1 },
                new JsonObject { ["name"] = "Trả kết quả", ["role"] = "DeskOfficer", ["budget"] = 0.5 }),
        },
    };

    public string ToJson() =>
        new JsonObject { ["format"] = "motcua.catalog/v1", ["fields"] = Fields.DeepClone(), ["procedures"] = Procedures.DeepClone() }.ToJsonString();

    public StringContent ToContent() => new(ToJson(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
