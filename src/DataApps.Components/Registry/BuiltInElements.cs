using DataApps.Components.Views.Auth;
using DataApps.Components.Views.Editor;
using DataApps.Components.Views.Data;
using DataApps.Components.Views.Files;
using DataApps.Components.Views.Charts;
using DataApps.Components.Views.Chat;
using DataApps.Components.Views.Layout;
using DataApps.Components.Views.Media;
using DataApps.Components.Views.Navigation;
using DataApps.Components.Views.Status;
using DataApps.Components.Views.Text;
using DataApps.Components.Views.Widgets;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components;

/// <summary>Registers the renderers of the built-in elements, through the same <c>AddElement</c> call custom widgets use.</summary>
public static class BuiltInElements
{
    /// <summary>Registers every built-in renderer.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddBuiltInElements();</c> (<c>AddDataApps</c> already calls it.)</example>
    public static IDataAppsBuilder AddBuiltInElements(this IDataAppsBuilder builder) => builder
        // Text
        .AddElement<TitleElement, TitleView>()
        .AddElement<HeaderElement, HeaderView>()
        .AddElement<SubheaderElement, SubheaderView>()
        .AddElement<CaptionElement, CaptionView>()
        .AddElement<TextElement, TextView>()
        .AddElement<MarkdownElement, MarkdownView>()
        .AddElement<LatexElement, LatexView>()
        .AddElement<HtmlElement, HtmlView>()
        .AddElement<BadgeElement, BadgeView>()
        .AddElement<CodeElement, CodeView>()
        .AddElement<DividerElement, DividerView>()
        .AddElement<JsonTreeElement, JsonView>()
        .AddElement<MetricElement, MetricView>()
        .AddElement<SuccessElement, AlertView>()
        .AddElement<InfoElement, AlertView>()
        .AddElement<WarningElement, AlertView>()
        .AddElement<ErrorElement, AlertView>()
        .AddElement<ExceptionElement, ExceptionView>()

        // Layout
        .AddElement<ContainerElement, ContainerView>()
        .AddElement<ColumnsElement, ColumnsView>()
        .AddElement<TabsElement, TabsView>()
        .AddElement<ExpanderElement, ExpanderView>()
        .AddElement<EmptyElement, EmptyView>()
        .AddElement<FormElement, FormView>()
        .AddElement<FragmentElement, FragmentView>()
        .AddElement<DialogElement, DialogView>()
        .AddElement<PopoverElement, PopoverView>()

        // Widgets, one group per family.
        // Note [Widget families]: a widget family has one folder per assembly, under the same name, and a widget has one file
        // in each: Core's Widgets/<Family>/<Widget>.cs (its record, verb and spec: Note [Widget files] in Core's WidgetSpec.cs),
        // Testing's Widgets/<Family>/<Widget>.cs (its AppTest accessor) and Views/Widgets/<Family>/<Widget>View.razor here
        // (its renderer). The renderers keep the namespace DataApps.Components.Views.Widgets, which is public API, with an
        // @namespace line: without it Razor would add the folder's name. docs/contributing.md lists the files a new widget touches.
        // Buttons (a link button is drawn as a button but has no value: it is not a widget)
        .AddElement<ButtonElement, ButtonView>()
        .AddElement<LinkButtonElement, LinkButtonView>()
        // Toggles
        .AddElement<CheckboxElement, CheckboxView>()
        .AddElement<ToggleElement, ToggleView>()
        // Choices
        .AddElement<RadioElement, RadioView>()
        .AddElement<SelectBoxElement, SelectBoxView>()
        .AddElement<MultiSelectElement, MultiSelectView>()
        .AddElement<SelectSliderElement, SelectSliderView>()
        .AddElement<PillsElement, PillsView>()
        .AddElement<SegmentedControlElement, SegmentedControlView>()
        // Numbers
        .AddElement<SliderElement, SliderView>()
        .AddElement<RangeSliderElement, RangeSliderView>()
        .AddElement<NumberInputElement, NumberInputView>()
        // Text inputs
        .AddElement<TextInputElement, TextInputView>()
        .AddElement<TextAreaElement, TextAreaView>()
        // Dates and times
        .AddElement<DateInputElement, DateInputView>()
        .AddElement<TimeInputElement, TimeInputView>()
        .AddElement<DateTimeInputElement, DateTimeInputView>()
        // Colours
        .AddElement<ColorPickerElement, ColorPickerView>()
        // Feedback
        .AddElement<FeedbackElement, FeedbackView>()
        // Forms: ui.Form's submit button (its verb, spec and record live with forms in Core)
        .AddElement<SubmitButtonElement, SubmitButtonView>()

        // Navigation: links to pages (ui.SwitchPage and ui.QueryParams have no element)
        .AddElement<PageLinkElement, PageLinkView>()
        .AddElement<LoginButtonElement, LoginButtonView>()
        .AddElement<LogoutButtonElement, LogoutButtonView>()

        // Chat: messages and the chat input
        .AddElement<ChatMessageElement, ChatMessageView>()
        .AddElement<ChatInputElement, ChatInputView>()

        // Status: progress, status boxes, toasts, the spinner of a computing ui.Cache call, and services' health
        .AddElement<ProgressElement, ProgressView>()
        .AddElement<StatusElement, StatusView>()
        .AddElement<ToastElement, ToastView>()
        .AddElement<SpinnerElement, SpinnerView>()
        .AddElement<ServiceStatusElement, ServiceStatusView>()

        // Editor: ui.DataEditor
        .AddElement<DataEditorElement, DataEditorView>()

        // Data: tables
        .AddElement<DataFrameElement, DataFrameView>()
        .AddElement<TableElement, TableView>()

        // Files: uploads and downloads over the session's HTTP endpoints
        .AddElement<FileUploaderElement, FileUploaderView>()
        .AddElement<DownloadButtonElement, DownloadButtonView>()

        // Media: images, audio and video over the session's media endpoint; camera and microphone capture uploaded over HTTP
        .AddElement<ImageElement, ImageView>()
        .AddElement<AudioElement, AudioView>()
        .AddElement<VideoElement, VideoView>()
        .AddElement<CameraInputElement, CameraInputView>()
        .AddElement<AudioInputElement, AudioInputView>()

        // Charts: the chart verbs (a selectable chart is a widget)
        .AddElement<ChartElement, ChartView>()
        .AddElement<SelectableChartElement, SelectableChartView>()

        // ui.Plotly: its element lives here, not in Core (Core knows no Plotly), and is registered exactly as a custom element is
        .AddElement<PlotlyElement, PlotlyView>()
        .AddElement<SelectablePlotlyElement, SelectablePlotlyView>()

        // JS components: ui.Component loads a module registered with AddJsComponent
        .AddElement<JsComponentElement, Views.Components.JsComponentView>();
}
