using MotCua.Kernel.Identification;
using Shouldly;

namespace MotCua.UnitTests.Kernel;

public sealed class PersonalIdentifierTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData("010090001234", "Lào Cai", 1990, Sex.Male)]
    [InlineData("001185012345", "Hà Nội", 1985, Sex.Female)]
    [InlineData("079203000001", "TP Hồ Chí Minh", 2003, Sex.Male)]
    [InlineData("096305999999", "Cà Mau", 2005, Sex.Female)]
    public void A_well_formed_number_tells_province_birth_year_and_sex(string value, string province, int year, Sex sex)
    {
        PersonalIdentifier.TryParseCitizenId(value, Today, null, out var id, out var error).ShouldBeTrue(error);
        id.ShouldBe(new CitizenId(value, value[..3], province, year, sex));
    }

    [Theory]
    [InlineData("", "12 chữ số")]
    [InlineData("01009000123", "12 chữ số")]
    [InlineData("0100900012345", "12 chữ số")]
    [InlineData("01009000123A", "12 chữ số")]
    [InlineData("003090001234", "\"003\"")]
    [InlineData("099090001234", "\"099\"")]
    [InlineData("010230001234", "năm sinh 2030")]
    [InlineData("010490001234", "năm sinh 2190")]
    public void A_malformed_number_is_refused_with_the_reason(string value, string reason)
    {
        PersonalIdentifier.TryParseCitizenId(value, Today, null, out var id, out var error).ShouldBeFalse();
        id.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void The_birth_year_must_match_a_known_birth_date()
    {
        PersonalIdentifier.TryParseCitizenId("010090001234", Today, new DateOnly(1990, 5, 1), out _, out _).ShouldBeTrue();
        PersonalIdentifier.TryParseCitizenId("010090001234", Today, new DateOnly(1991, 5, 1), out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("01/05/1991");
    }

    [Fact]
    public void Digits_seven_to_twelve_are_random_so_no_checksum_is_applied()
    {
        PersonalIdentifier.TryParseCitizenId("010090000000", Today, null, out _, out _).ShouldBeTrue();
        PersonalIdentifier.TryParseCitizenId("010090999999", Today, null, out _, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0101234567", true)]
    [InlineData("0101234567-001", true)]
    [InlineData("0101234567001", true)]
    [InlineData("010123456", false)]
    [InlineData("0101234567-01", false)]
    [InlineData("01012345A7", false)]
    public void Organisation_codes_are_tax_codes_of_ten_or_thirteen_digits(string value, bool valid) =>
        PersonalIdentifier.IsValidOrganisationCode(value).ShouldBe(valid);
}
