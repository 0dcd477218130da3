using System.Text;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Paging;
using Shouldly;

namespace MotCua.UnitTests.Catalog.Browse;

public sealed class SearchProceduresQueryTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void An_empty_query_searches_everything_in_force_today_with_the_default_page_size()
    {
        var criteria = new SearchProceduresQuery().Parse(Today);

        criteria.IsSuccess.ShouldBeTrue();
        criteria.Value.Words.ShouldBeEmpty();
        criteria.Value.Day.ShouldBe(Today);
        criteria.Value.Limit.ShouldBe(Keyset.DefaultLimit);
        criteria.Value.AfterCode.ShouldBeNull();
    }

    [Fact]
    public void Words_are_folded_split_and_deduplicated_whatever_the_normalisation_form()
    {
        var nfd = "Lý  LỊCH tư pháp lý".Normalize(NormalizationForm.FormD);

        SearchProceduresQuery.Words(nfd).ShouldBe(["ly", "lich", "tu", "phap"]);
        SearchProceduresQuery.Words("Đăng ký").ShouldBe(["dang", "ky"]);
    }

    [Fact]
    public void Blank_filters_from_an_empty_form_field_count_as_absent()
    {
        var criteria = new SearchProceduresQuery(Q: " ", Agency: "", Field: "", Level: "", Online: " ", At: "", After: "", Limit: "").Parse(Today);

        criteria.IsSuccess.ShouldBeTrue();
        criteria.Value.AgencyCode.ShouldBeNull();
        criteria.Value.Level.ShouldBeNull();
        criteria.Value.Online.ShouldBeNull();
    }

    [Fact]
    public void Levels_online_levels_and_days_are_read_case_insensitively()
    {
        var criteria = new SearchProceduresQuery(Level: "commune", Online: "FULL", At: "2025-12-31", Limit: "100").Parse(Today);

        criteria.Value!.Level.ShouldBe(CompetenceLevels.Commune);
        criteria.Value.Online.ShouldBe(OnlineServiceLevel.Full);
        criteria.Value.Day.ShouldBe(new DateOnly(2025, 12, 31));
        criteria.Value.Limit.ShouldBe(100);
    }

    [Theory]
    [InlineData("level", "None")]
    [InlineData("level", "2")]
    [InlineData("level", "Province,District")]
    [InlineData("online", "1")]
    [InlineData("at", "2026-3-2")]
    [InlineData("at", "31/12/2025")]
    [InlineData("limit", "0")]
    [InlineData("limit", "101")]
    [InlineData("limit", "-5")]
    [InlineData("limit", "ten")]
    [InlineData("after", "not base64!")]
    public void A_malformed_parameter_is_reported_under_its_own_name(string parameter, string value)
    {
        var query = parameter switch
        {
            "level" => new SearchProceduresQuery(Level: value),
            "online" => new SearchProceduresQuery(Online: value),
            "at" => new SearchProceduresQuery(At: value),
            "limit" => new SearchProceduresQuery(Limit: value),
            _ => new SearchProceduresQuery(After: value),
        };

        var result = query.Parse(Today);

        result.IsSuccess.ShouldBeFalse();
        result.Error.Fields!.Keys.ShouldBe([parameter]);
    }

    [Fact]
    public void Unknown_parameter_names_are_refused_and_known_ones_accepted_in_any_case()
    {
        var result = new SearchProceduresQuery().Parse(Today, ["Q", "agency", "foo", "pageSize"]);

        result.Error!.Fields!.Keys.ShouldBe(["foo", "pageSize"], ignoreOrder: true);
        result.Error.Fields["foo"][0].ShouldContain("không được hỗ trợ");
    }

    [Fact]
    public void An_overlong_search_is_refused()
    {
        var result = new SearchProceduresQuery(Q: new string('a', SearchProceduresQuery.MaxQueryLength + 1)).Parse(Today);

        result.Error!.Fields!.Keys.ShouldBe(["q"]);
    }

    [Fact]
    public void A_cursor_carries_the_last_procedure_code_seen()
    {
        var result = new SearchProceduresQuery(After: Keyset.Encode("1.002804")).Parse(Today);

        result.Value!.AfterCode.ShouldBe("1.002804");
    }

    [Fact]
    public void A_cursor_without_a_valid_procedure_code_is_refused()
    {
        var result = new SearchProceduresQuery(After: Keyset.Encode("../../etc")).Parse(Today);

        result.Error!.Fields!.Keys.ShouldBe(["after"]);
    }
}
