using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Browse;

/// <summary>Searches the procedures in force on a day, keyset-paged by name then code.</summary>
internal sealed class SearchProceduresHandler(DbContext db, IOrganisationDirectory directory)
{
    public async Task<Result<Page<ProcedureListItem>>> HandleAsync(SearchCriteria criteria, CancellationToken cancellationToken)
    {
        var units = await directory.ListAsync(cancellationToken);
        var fieldNames = await PublishedProcedures.FieldNamesAsync(db, cancellationToken);
        var errors = new ValidationErrors();
        List<Guid>? subtree = null;
        if (criteria.AgencyCode is { } agencyCode)
        {
            var agency = units.FirstOrDefault(u => string.Equals(u.Code, agencyCode, StringComparison.Ordinal));
            if (agency is null)
            {
                errors.Add("agency", $"Không có cơ quan, đơn vị mã \"{agencyCode}\".");
            }
            else
            {
                // A sở's procedures include those its phòng carry out: the filter takes the unit's subtree.
                subtree = units.Where(u => u.Path.StartsWith(agency.Path, StringComparison.Ordinal)).Select(u => u.Id).ToList();
            }
        }

        if (criteria.FieldCode is { } fieldCode && !fieldNames.ContainsKey(fieldCode))
        {
            errors.Add("field", $"Không có lĩnh vực mã \"{fieldCode}\".");
        }

        string? afterName = null;
        if (criteria.AfterCode is { } afterCode)
        {
            afterName = await PublishedProcedures.ValidOn(db, criteria.Day)
                .Where(r => r.Code == afterCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
            if (afterName is null)
            {
                errors.Add("after", "Con trỏ phân trang không hợp lệ: thủ tục đánh dấu vị trí không còn trong danh sách. Vui lòng tìm kiếm lại từ đầu.");
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError("Tham số tìm kiếm không hợp lệ. Vui lòng kiểm tra các tham số được nêu.");
        }

        var query = PublishedProcedures.ValidOn(db, criteria.Day);
        foreach (var word in criteria.Words)
        {
            query = query.Where(r => r.SearchText.Contains(word));
        }

        if (subtree is not null)
        {
            query = query.Where(r => subtree.Contains(r.UnitId));
        }

        if (criteria.FieldCode is { } field)
        {
            query = query.Where(r => r.FieldCode == field);
        }

        if (criteria.Level is { } level)
        {
            query = query.Where(r => (r.Levels & level) == level);
        }

        if (criteria.Online is { } online)
        {
            query = query.Where(r => r.OnlineLevel == online);
        }

        if (criteria.AfterCode is { } code && afterName is { } name)
        {
            query = query.Where(r => r.Name.CompareTo(name) > 0 || (r.Name == name && r.Code.CompareTo(code) > 0));
        }

        var rows = await query.OrderBy(r => r.Name).ThenBy(r => r.Code).Take(criteria.Limit + 1).ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        var items = rows.Select(r => PublishedProcedures.ToListItem(r, fieldNames, byId)).ToList();
        return Keyset.ToPage(items, criteria.Limit, i => i.Code);
    }
}
