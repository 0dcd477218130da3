using MotCua.Payments.Gateway;
using Shouldly;

namespace MotCua.UnitTests.Payments;

public sealed class GatewaySignatureTests
{
    private const string Secret = "secret-key";

    private static Dictionary<string, string?> Callback() => new(StringComparer.Ordinal)
    {
        ["status"] = "00",
        ["order_id"] = "MC260302ABCDEF0123",
        ["amount"] = "200000",
        ["reference"] = "000.00.12.H40-260302-0001",
        ["paid_at"] = "20260302091500",
        ["order_info"] = "Nộp phí hồ sơ",
        ["transaction_id"] = null,
    };

    [Fact]
    public void The_canonical_form_sorts_fields_by_name_encodes_values_and_leaves_out_empty_ones()
    {
        GatewaySignature.Canonical(Callback()).ShouldBe(
            "amount=200000&order_id=MC260302ABCDEF0123&order_info=N%E1%BB%99p%20ph%C3%AD%20h%E1%BB%93%20s%C6%A1&paid_at=20260302091500"
            + "&reference=000.00.12.H40-260302-0001&status=00");
    }

    [Fact]
    public void The_signature_is_the_lowercase_hex_HMAC_SHA256_of_the_canonical_form()
    {
        // Computed independently with Python's hmac module over the same canonical string.
        GatewaySignature.Sign(Secret, Callback()).ShouldBe("9e1747a863d396f1ae5cbe59d611cf91a7d7dc69b526b35fcc13d3f73a00c678");
    }

    [Fact]
    public void A_signature_field_in_the_message_is_not_signed_itself()
    {
        var fields = Callback();
        var signature = GatewaySignature.Sign(Secret, fields);
        fields["signature"] = signature;
        GatewaySignature.Verify(Secret, fields, signature).ShouldBeTrue();
    }

    [Theory]
    [InlineData("amount", "100000")]
    [InlineData("reference", "000.00.12.H40-260302-0002")]
    [InlineData("status", "02")]
    public void Changing_any_signed_field_breaks_the_signature(string field, string value)
    {
        var fields = Callback();
        var signature = GatewaySignature.Sign(Secret, fields);
        fields[field] = value;
        GatewaySignature.Verify(Secret, fields, signature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("9e1747a863d396f1ae5cbe59d611cf91a7d7dc69b526b35fcc13d3f73a00c67")]
    [InlineData("zz1747a863d396f1ae5cbe59d611cf91a7d7dc69b526b35fcc13d3f73a00c678")]
    public void Malformed_signatures_are_refused(string signature) =>
        GatewaySignature.Verify(Secret, Callback(), signature).ShouldBeFalse();

    [Fact]
    public void Another_secret_gives_another_signature() =>
        GatewaySignature.Verify("another-secret", Callback(), GatewaySignature.Sign(Secret, Callback())).ShouldBeFalse();
}
