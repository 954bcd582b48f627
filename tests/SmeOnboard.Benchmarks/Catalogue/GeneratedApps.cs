using System.Data.Common;
using System.Globalization;
using Dapper;

namespace SmeOnboard.Benchmarks.Catalogue;

/// <summary>
/// Writes a catalogue of generated apps straight into marketplace_apps and its industry and level tables (the rows
/// CatalogueStore.Search reads), with names, taglines and descriptions in both languages built from shop-floor words.
/// </summary>
public static class GeneratedApps
{
    public static readonly string[] Categories = ["production", "quality", "maintenance", "energy", "finance", "connectivity", "people", "logistics"];

    private static readonly (string En, string Zh)[] Subjects =
    [
        ("Andon", "安灯"), ("OEE", "设备综合效率"), ("Downtime", "停机"), ("Work order", "工单"), ("Inspection", "检验"), ("SPC", "统计过程控制"),
        ("Maintenance", "维护"), ("Spare parts", "备件"), ("Energy meter", "能耗表"), ("E-invoice", "电子发票"), ("Modbus gateway", "Modbus 网关"),
        ("OPC UA bridge", "OPC UA 网桥"), ("Skills matrix", "技能矩阵"), ("Shift report", "班次报告"), ("Traceability", "追溯"), ("Inventory", "库存"),
        ("Kanban", "看板"), ("Calibration", "校准"), ("5S audit", "5S 审核"), ("Supplier quality", "供应商质量"),
    ];

    private static readonly (string En, string Zh)[] Kinds =
    [
        ("Board", "看板"), ("Tracker", "跟踪"), ("Cloud", "云"), ("Lite", "轻量版"), ("Pro", "专业版"), ("Hub", "中心"), ("Monitor", "监控"), ("Assistant", "助手"),
    ];

    private static readonly string[] Industries = ["C13", "C22", "C25", "C26", "C27", "C28", "C29", "C31", "C32", "C33"];

    public static async Task InsertAsync(DbConnection connection, Guid vendorOrgId, int count, DateTimeOffset now)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var apps = Enumerable.Range(0, count).Select(i => Row(i, vendorOrgId, now)).ToList();
        await connection.ExecuteAsync(
            """
            INSERT INTO marketplace_apps (id, vendor_org_id, vendor_name, current_version, category, name_en, name_zh, tagline_en, tagline_zh,
                description_en, description_zh, pricing_model, price_minor, currency, voucher_eligible, first_published_at, published_at)
            VALUES (@Id, @VendorOrgId, @VendorName, '1.0.0', @Category, @NameEn, @NameZh, @TaglineEn, @TaglineZh,
                @DescriptionEn, @DescriptionZh, @PricingModel, @PriceMinor, 'CNY', @VoucherEligible, @PublishedAt, @PublishedAt)
            """, apps, transaction);
        await connection.ExecuteAsync("INSERT INTO marketplace_app_industries (app_id, industry_code) VALUES (@Id, @Code)",
            apps.SelectMany((a, i) => new[] { Industries[i % Industries.Length], Industries[(i * 7 + 3) % Industries.Length] }.Distinct().Select(code => new { a.Id, Code = code })),
            transaction);
        await connection.ExecuteAsync("INSERT INTO marketplace_app_levels (app_id, maturity_level) VALUES (@Id, @Level)",
            apps.Select((a, i) => new { a.Id, Level = i % 4 + 1 }), transaction);
        await transaction.CommitAsync();
    }

    private static AppRow Row(int i, Guid vendorOrgId, DateTimeOffset now)
    {
        var subject = Subjects[i % Subjects.Length];
        var kind = Kinds[i / Subjects.Length % Kinds.Length];
        var n = (i + 1).ToString(CultureInfo.InvariantCulture);
        var free = i % 5 == 0;
        return new AppRow
        {
            Id = $"bench-app-{n}",
            VendorOrgId = vendorOrgId,
            VendorName = $"Bench Vendor {i % 97}",
            Category = Categories[i % Categories.Length],
            NameEn = $"{subject.En} {kind.En} {n}",
            NameZh = $"{subject.Zh}{kind.Zh} {n}",
            TaglineEn = $"{subject.En} for small plants: set up in a day, no IT team needed.",
            TaglineZh = $"面向小型工厂的{subject.Zh}：一天上线，无需 IT 团队。",
            DescriptionEn = $"Operators record {subject.En.ToLowerInvariant()} events from a tablet or phone; supervisors see every station on one " +
                $"screen and get a message when something waits too long. Weekly reports show trends per line and shift. Works with " +
                $"paper-based plants and grows with you to machine connections. Edition {kind.En}, release {n}.",
            DescriptionZh = $"操作工用平板或手机记录{subject.Zh}事件；班组长在一块屏幕上看到所有工位，等待过久时收到消息。每周报告按产线和班次展示趋势。" +
                $"适合仍用纸质记录的工厂，并可逐步接入设备。{kind.Zh}版本，第 {n} 版。",
            PricingModel = free ? "free" : (i % 3 == 0 ? "yearly" : "monthly"),
            PriceMinor = free ? 0 : 1_000 + i % 50 * 500,
            VoucherEligible = i % 2 == 0,
            PublishedAt = now.AddMinutes(-i),
        };
    }

    private sealed class AppRow
    {
        public string Id { get; init; } = "";
        public Guid VendorOrgId { get; init; }
        public string VendorName { get; init; } = "";
        public string Category { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string NameZh { get; init; } = "";
        public string TaglineEn { get; init; } = "";
        public string TaglineZh { get; init; } = "";
        public string DescriptionEn { get; init; } = "";
        public string DescriptionZh { get; init; } = "";
        public string PricingModel { get; init; } = "";
        public long PriceMinor { get; init; }
        public bool VoucherEligible { get; init; }
        public DateTimeOffset PublishedAt { get; init; }
    }
}
