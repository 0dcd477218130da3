using MotCua.Dossiers.Domain;
using MotCua.Kernel.Identification;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.ReceiveDossier;

/// <summary>
/// Who a dossier is for and who hands it in, checked the same way at every door (desk, post, portal, national
/// portal): a person by the CCCD number (DOMAIN A12), an organisation by its tax or enterprise code, and the
/// representative always by a CCCD. Errors are keyed "applicant.*" and "representative.*".
/// </summary>
internal static class PartyChecks
{
    public static Applicant? CheckApplicant(ApplicantInput? input, DateOnly today, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("applicant", "Nhập thông tin người nộp hồ sơ.");
            return null;
        }

        errors.Required("applicant.name", input.Name, "Họ tên hoặc tên tổ chức", 256);
        var identifier = input.Identifier?.Trim() ?? string.Empty;
        switch (input.Kind)
        {
            case ApplicantKind.Person:
                if (!PersonalIdentifier.TryParseCitizenId(identifier, today, input.BirthDate, out _, out var reason))
                {
                    errors.Add("applicant.identifier", reason!);
                }

                break;
            case ApplicantKind.Organisation:
                if (!PersonalIdentifier.IsValidOrganisationCode(identifier))
                {
                    errors.Add("applicant.identifier", "Mã số thuế hoặc mã số doanh nghiệp phải gồm 10 chữ số (13 chữ số với chi nhánh, ví dụ 0101234567-001).");
                }

                break;
            default:
                errors.Add("applicant.kind", "Chọn người nộp là cá nhân hay tổ chức.");
                break;
        }

        errors.Optional("applicant.address", input.Address, "Địa chỉ", 512);
        CheckContact("applicant", input.Phone, input.Email, errors);
        return new Applicant(input.Kind, input.Name?.Trim() ?? string.Empty, identifier, Clean(input.Address), Clean(input.Phone), Clean(input.Email));
    }

    public static Representative? CheckRepresentative(RepresentativeInput? input, DateOnly today, ValidationErrors errors)
    {
        if (input is null)
        {
            return null;
        }

        errors.Required("representative.name", input.Name, "Họ tên người được ủy quyền", 256);
        var identifier = input.Identifier?.Trim() ?? string.Empty;
        if (!PersonalIdentifier.TryParseCitizenId(identifier, today, null, out _, out var reason))
        {
            errors.Add("representative.identifier", reason!);
        }

        errors.Optional("representative.address", input.Address, "Địa chỉ", 512);
        errors.Optional("representative.authorisationDocument", input.AuthorisationDocument, "Văn bản ủy quyền", 256);
        CheckContact("representative", input.Phone, input.Email, errors);
        return new Representative(input.Name?.Trim() ?? string.Empty, identifier, Clean(input.Address), Clean(input.Phone), Clean(input.Email), Clean(input.AuthorisationDocument));
    }

    private static void CheckContact(string prefix, string? phone, string? email, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var digits = phone.Count(char.IsAsciiDigit);
            if (digits is < 8 or > 15 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '+' or '-')))
            {
                errors.Add(prefix + ".phone", "Số điện thoại chỉ gồm chữ số (8 đến 15 số).");
            }
        }

        if (!string.IsNullOrWhiteSpace(email) && (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            errors.Add(prefix + ".email", "Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
