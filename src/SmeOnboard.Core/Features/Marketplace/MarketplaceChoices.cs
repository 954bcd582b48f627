using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>
/// The closed lists manifests draw from, named in both languages like the profile choices. The schema holds the same
/// codes; a test keeps the two in step.
/// </summary>
public static class MarketplaceChoices
{
    public static readonly IReadOnlyList<ProfileChoice> Categories =
    [
        new("production", "Production and MES", "生产执行"),
        new("maintenance", "Maintenance", "设备维护"),
        new("quality", "Quality", "质量管理"),
        new("energy", "Energy", "能源管理"),
        new("finance", "Finance and invoicing", "财务与发票"),
        new("connectivity", "Machine connectivity", "设备联网"),
        new("people", "People and skills", "人员与技能"),
        new("logistics", "Inventory and logistics", "库存与物流"),
        new("planning", "Planning and scheduling", "计划排程"),
        new("supply-chain", "Suppliers and purchasing", "供应商与采购"),
    ];

    public static readonly IReadOnlyList<ProfileChoice> StorageRegions =
    [
        new("on-premises", "On the firm's own premises", "企业本地"),
        new("CN", "Mainland China", "中国大陆"),
        new("EU", "European Union", "欧盟"),
        new("US", "United States", "美国"),
        new("other", "Elsewhere", "其他地区"),
    ];

    public static readonly IReadOnlyList<DataScopeDescription> Scopes =
    [
        new("workflows.read", false, "Reads your workflow definitions and the state of running workflows.", "读取贵企业的流程定义及运行中流程的状态。"),
        new("workflows.write", true, "Starts workflows and completes tasks in them.", "启动流程并完成其中的任务。"),
        new("production-data.read", false, "Reads work orders, output counts, machine run times and downtime.", "读取工单、产量、设备运行时间和停机记录。"),
        new("production-data.write", true, "Records output counts, machine states and downtime.", "写入产量、设备状态和停机记录。"),
        new("quality-records.read", false, "Reads inspections, measurements and nonconformance reports.", "读取检验、测量数据和不合格品报告。"),
        new("quality-records.write", true, "Records inspections, measurements and nonconformance reports.", "写入检验、测量数据和不合格品报告。"),
        new("maintenance-records.read", false, "Reads equipment, maintenance orders and their history.", "读取设备台账、维修工单及其历史。"),
        new("maintenance-records.write", true, "Creates and closes maintenance orders.", "创建和关闭维修工单。"),
        new("inventory.read", false, "Reads items, stock levels and bills of materials.", "读取物料、库存数量和物料清单。"),
        new("inventory.write", true, "Books stock movements and changes stock levels.", "登记出入库并修改库存数量。"),
        new("energy-data.read", false, "Reads electricity, gas and water meter readings.", "读取电、气、水表读数。"),
        new("invoices.read", false, "Reads your customers, orders and invoices.", "读取客户、订单和发票。"),
        new("invoices.write", true, "Issues invoices in your name.", "以贵企业名义开具发票。"),
        new("people.read", false, "Reads your members' names, roles and skills.", "读取成员的姓名、角色和技能。"),
        new("organisation-profile.read", false, "Reads your company profile: name, region, industry and size.", "读取企业概况：名称、地区、行业和规模。"),
    ];

    public static DataScopeDescription? Scope(string code) => Scopes.FirstOrDefault(s => s.Code == code);
}
