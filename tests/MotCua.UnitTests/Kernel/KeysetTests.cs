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
}
