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

        // Widgets
        .AddElement<ButtonElement, ButtonView>()
        .AddElement<SubmitButtonElement, SubmitButtonView>()
        .AddElement<CheckboxElement, CheckboxView>()
        .AddElement<ToggleElement, ToggleView>()
        .AddElement<RadioElement, RadioView>()
        .AddElement<SelectBoxElement, SelectBoxView>()
        .AddElement<MultiSelectElement, MultiSelectView>()
        .AddElement<SliderElement, SliderView>()
        .AddElement<RangeSliderElement, RangeSliderView>()
        .AddElement<TextInputElement, TextInputView>()
        .AddElement<TextAreaElement, TextAreaView>()
        .AddElement<NumberInputElement, NumberInputView>()

        // More widgets (step 3): option sliders, dates and times, colour, pills, segmented controls, feedback; the link button is not a widget
        .AddElement<SelectSliderElement, SelectSliderView>()
        .AddElement<DateInputElement, DateInputView>()
        .AddElement<TimeInputElement, TimeInputView>()
        .AddElement<DateTimeInputElement, DateTimeInputView>()
        .AddElement<ColorPickerElement, ColorPickerView>()
        .AddElement<PillsElement, PillsView>()
        .AddElement<SegmentedControlElement, SegmentedControlView>()
        .AddElement<FeedbackElement, FeedbackView>()
        .AddElement<LinkButtonElement, LinkButtonView>()

        // Navigation: links to pages (ui.SwitchPage and ui.QueryParams have no element)
        .AddElement<PageLinkElement, PageLinkView>()
        .AddElement<LoginButtonElement, LoginButtonView>()
        .AddElement<LogoutButtonElement, LogoutButtonView>()

        // Status: the spinner of a computing ui.Cache call
        .AddElement<ChatMessageElement, ChatMessageView>()
        .AddElement<ChatInputElement, ChatInputView>()
        .AddElement<ProgressElement, ProgressView>()
        .AddElement<StatusElement, StatusView>()
        .AddElement<ToastElement, ToastView>()
        .AddElement<SpinnerElement, SpinnerView>()

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

        // JS components: ui.Component loads a module registered with AddJsComponent
        .AddElement<JsComponentElement, Views.Components.JsComponentView>();
}
