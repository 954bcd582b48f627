using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>
/// The portal-sized self-assessment: twelve questions, two per EU DMA dimension, each answer from 0 (not started) to 5
/// (leading) described in plain words, so a firm owner can answer without a consultant.
/// </summary>
public static class MaturityQuestions
{
    public const int MaxAnswer = 5;

    public static readonly IReadOnlyList<MaturityQuestion> All =
    [
        new("strategy-plan", MaturityDimension.DigitalBusinessStrategy, T("Is going digital part of the firm's plans and budget?", "数字化是否纳入企业的规划和预算？"),
        [
            T("No one has thought about it yet.", "还没有人考虑过。"),
            T("We talk about it now and then, but nothing is planned.", "偶尔谈起，但没有任何计划。"),
            T("We have a few ideas written down, with no budget.", "写下了一些想法，没有预算。"),
            T("We have a plan for the next year with a small budget.", "有下一年的计划和少量预算。"),
            T("A written plan with budget, owner and milestones that we follow.", "有书面计划、预算、负责人和里程碑，并按计划执行。"),
            T("Digital goals are part of the business plan and reviewed every quarter.", "数字化目标纳入经营计划，每季度复盘。"),
        ]),
        new("strategy-customers", MaturityDimension.DigitalBusinessStrategy, T("How do customers and suppliers deal with you digitally?", "客户和供应商如何与企业进行数字化往来？"),
        [
            T("Phone, fax and paper only.", "只用电话、传真和纸质单据。"),
            T("Email and chat apps, with files typed in again by hand.", "用邮件和聊天软件，文件需要手工重新录入。"),
            T("Orders and drawings arrive as files we keep in shared folders.", "订单和图纸以文件形式收到，保存在共享文件夹。"),
            T("Some customers use a portal or send electronic orders that we import.", "部分客户通过门户或电子订单下单，我们导入系统。"),
            T("Most orders, deliveries and invoices are exchanged electronically.", "大多数订单、发货和发票以电子方式交换。"),
            T("Orders flow straight into our planning system, and customers see their order status themselves.", "订单直接进入计划系统，客户可自行查看订单状态。"),
        ]),
        new("readiness-records", MaturityDimension.DigitalReadiness, T("How are production records kept?", "生产记录如何保存？"),
        [
            T("On paper, if at all.", "用纸质记录，有时甚至不记录。"),
            T("On paper, and some are typed into spreadsheets later.", "用纸质记录，部分事后录入表格。"),
            T("In spreadsheets that people fill in on a shared computer.", "在共享电脑上填写电子表格。"),
            T("In an app or system for some areas, such as orders or stock.", "部分业务（如订单或库存）用软件或系统记录。"),
            T("In connected systems for most areas, entered where the work happens.", "大部分业务在联网系统中记录，在作业现场录入。"),
            T("Recorded automatically or on the spot, in one system everyone uses.", "自动采集或现场即时录入，全员使用同一系统。"),
        ]),
        new("readiness-infrastructure", MaturityDimension.DigitalReadiness, T("What devices and network does the shop floor have?", "车间有哪些设备和网络条件？"),
        [
            T("No computers or network on the shop floor.", "车间没有电脑和网络。"),
            T("One office computer; the shop floor has none.", "办公室有一台电脑，车间没有。"),
            T("A shared computer on the floor and Wi-Fi in places.", "车间有一台共用电脑，部分区域有无线网络。"),
            T("Wi-Fi across the floor and a few tablets or terminals.", "车间全覆盖无线网络，有几台平板或终端。"),
            T("Every work centre has a terminal or tablet, with reliable network and backups.", "每个工作中心都有终端或平板，网络可靠并有备份。"),
            T("Machines, terminals and systems are networked, secured and monitored.", "设备、终端和系统全部联网、有安全防护和监控。"),
        ]),
        new("people-skills", MaturityDimension.HumanCentricDigitalisation, T("How comfortable are your people with digital tools?", "员工使用数字化工具的熟练程度如何？"),
        [
            T("Most people avoid computers.", "大多数人不愿使用电脑。"),
            T("A few people in the office use them; nobody on the floor.", "办公室少数人会用，车间没人用。"),
            T("Most people use a phone app at work, but with little training.", "多数人在工作中用手机应用，但培训很少。"),
            T("We train people when a new tool comes in.", "引入新工具时会培训员工。"),
            T("We have a training plan, and key users help their colleagues.", "有培训计划，关键用户帮助同事。"),
            T("Everyone is trained regularly and suggests improvements to our tools.", "全员定期培训，并主动提出工具改进建议。"),
        ]),
        new("people-involvement", MaturityDimension.HumanCentricDigitalisation, T("Are the people who do the work involved when tools change?", "工具变更时是否让一线员工参与？"),
        [
            T("Changes are decided and announced by the owner.", "由老板决定并宣布变更。"),
            T("We tell people after the decision.", "决定后才通知员工。"),
            T("We ask a few people for their opinion.", "征求少数员工的意见。"),
            T("Operators try new tools before we roll them out.", "推广前请操作工先试用新工具。"),
            T("Operators help choose and shape tools, and their feedback changes them.", "操作工参与选型和设计，他们的反馈会带来改变。"),
            T("Teams choose and improve their own digital tools within clear rules.", "团队在明确规则下自主选择和改进数字化工具。"),
        ]),
        new("data-use", MaturityDimension.DataManagement, T("How do you use figures such as output, scrap or downtime?", "如何使用产量、废品率、停机等数据？"),
        [
            T("We do not collect them.", "不收集这些数据。"),
            T("We collect some, but nobody looks at them.", "收集了一些，但没人看。"),
            T("Someone makes a monthly report by hand.", "有人每月手工做报表。"),
            T("Supervisors see weekly figures and discuss them.", "班组长每周查看并讨论数据。"),
            T("Daily figures on dashboards drive meetings and decisions.", "每日数据在看板上展示，用于会议和决策。"),
            T("Figures are live, trends trigger actions, and we predict problems.", "数据实时更新，趋势触发行动，并能预测问题。"),
        ]),
        new("data-quality", MaturityDimension.DataManagement, T("Can you trust and find your data, and is it protected?", "数据是否可信、可查、受保护？"),
        [
            T("Data is scattered and often wrong.", "数据分散且经常出错。"),
            T("Data sits on personal computers and phones.", "数据存在个人电脑和手机上。"),
            T("Shared folders, but versions often clash.", "有共享文件夹，但版本经常冲突。"),
            T("One place for key data with regular backups.", "关键数据集中存放并定期备份。"),
            T("Clear owners, access rights and backups for each kind of data.", "每类数据都有明确的负责人、访问权限和备份。"),
            T("Data is checked automatically, access is audited and recovery is tested.", "数据自动校验，访问有审计，恢复经过演练。"),
        ]),
        new("automation-processes", MaturityDimension.AutomationAndAi, T("How much of the paperwork around production runs by itself?", "生产相关的单据流程有多少是自动流转的？"),
        [
            T("None; everything is done by hand.", "没有，全部手工完成。"),
            T("We use templates in spreadsheets.", "使用电子表格模板。"),
            T("Some approvals and notifications go by email automatically.", "部分审批和通知通过邮件自动发送。"),
            T("Work orders or quality checks follow a digital workflow.", "生产工单或质量检验走数字化流程。"),
            T("Most routine processes run as workflows with reminders and escalation.", "大部分日常流程以工作流运行，有提醒和升级。"),
            T("Processes run end to end without re-typing, across the firm and with partners.", "流程端到端贯通，无需重复录入，覆盖企业内外。"),
        ]),
        new("automation-machines", MaturityDimension.AutomationAndAi, T("Do machines report their status and data?", "设备是否能上报状态和数据？"),
        [
            T("No; we walk to the machine to see.", "不能，需要走到设备前查看。"),
            T("Operators note counters on paper.", "操作工把计数器读数记在纸上。"),
            T("A few machines show counts we read off a screen.", "少数设备在屏幕上显示计数，需人工读取。"),
            T("Some machines send counts or status to a computer.", "部分设备把计数或状态发送到电脑。"),
            T("Most machines are connected and their data is collected automatically.", "大多数设备联网，数据自动采集。"),
            T("Connected machines feed analytics or AI that warns before failures.", "联网设备数据用于分析或人工智能，能在故障前预警。"),
        ]),
        new("green-energy", MaturityDimension.GreenDigitalisation, T("Do you track energy and material use?", "是否跟踪能源和材料消耗？"),
        [
            T("No.", "没有。"),
            T("We only see the monthly electricity bill.", "只看每月电费单。"),
            T("We note meter readings by hand from time to time.", "偶尔手工抄录电表读数。"),
            T("We record energy and material use per month and area.", "按月、按区域记录能源和材料消耗。"),
            T("Meters or machines report use per line, and we set reduction targets.", "通过电表或设备按产线上报用量，并设定降耗目标。"),
            T("Use per part is measured and optimised continuously.", "按单件产品计量消耗并持续优化。"),
        ]),
        new("green-waste", MaturityDimension.GreenDigitalisation, T("Does going digital help you cut waste and paper?", "数字化是否帮助减少浪费和纸张？"),
        [
            T("We have not thought about it.", "还没有考虑过。"),
            T("We know we print a lot, but nothing changed.", "知道打印很多，但没有改变。"),
            T("Some forms moved from paper to screens.", "部分表单从纸质改为电子。"),
            T("Most internal forms are paperless and scrap is recorded.", "大部分内部表单无纸化，并记录废品。"),
            T("Scrap and rework are tracked digitally and fall year on year.", "废品和返工数字化跟踪，逐年下降。"),
            T("Environmental figures are reported to customers and improve every year.", "向客户报告环境指标，并逐年改善。"),
        ]),
    ];

    public static MaturityQuestion? Find(string id) => All.FirstOrDefault(q => q.Id == id);

    private static LocalizedText T(string en, string zh) => new() { En = en, ZhCn = zh };
}
