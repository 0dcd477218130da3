using MotCua.Kernel.Paging;
using Shouldly;

namespace MotCua.UnitTests.Kernel;

public sealed class KeysetTests
{
    [Fact]
    public void A_cursor_round_trips_any_key()
    {
        var cursor = Keyset.Encode("/000.00.00.H40/Đơn vị/");
        Keyset.TryDecode(cursor, out var key).ShouldBeTrue();
        key.ShouldBe("/000.00.00.H40/Đơn vị/");
    }

    [Fact]
    public void A_malformed_cursor_is_rejected() => Keyset.TryDecode("%%%not-base64", out _).ShouldBeFalse();

    [Fact]
    public void The_next_cursor_exists_only_when_more_rows_were_found()
    {
        Keyset.ToPage(new[] { "a", "b", "c" }, 2, x => x).Next.ShouldNotBeNull();
        Keyset.ToPage(new[] { "a", "b" }, 2, x => x).Next.ShouldBeNull();
    }

    [Fact]
    public void An_instant_and_code_key_round_trips_and_a_missing_one_is_the_first_page()
    {
        var at = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        Keyset.TryParseInstantKey(Keyset.InstantKey(at, "000.00.12.H40-260302-0001"), out var parsed, out var code).ShouldBeTrue();
        (parsed, code).ShouldBe((at, "000.00.12.H40-260302-0001"));

        Keyset.TryParseInstantKey(null, out var none, out _).ShouldBeTrue();
        none.ShouldBeNull();
    }

    [Theory]
    [InlineData("639000000000000000")]
    [InlineData("-1|X")]
    [InlineData("abc|X")]
    [InlineData("99999999999999999999|X")]
    [InlineData("639000000000000000|")]
    public void A_malformed_instant_key_is_rejected(string key) => Keyset.TryParseInstantKey(key, out _, out _).ShouldBeFalse();
}
