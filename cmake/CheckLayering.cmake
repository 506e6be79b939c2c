# Fails when the layers leak: core/ including GUI, widget, chart or highlighter headers, or a
# binary that must stay headless (sitrepctl) linking Qt Gui or Widgets.
#   cmake -DCORE_DIR=<dir> [-DHEADLESS_BINARY=<file>] -P CheckLayering.cmake
set(forbidden_include
  "#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtCharts|QtSvg|QtPrintSupport|KSyntaxHighlighting|KF6)[/>]"
  "#[ \t]*include[ \t]*[<\"]Q(Widget|MainWindow|Dialog|Application|GuiApplication|Painter|Color|Pixmap|Image|Icon|Font|Palette|Chart|ChartView)[>\"]")

set(problems "")
if(DEFINED CORE_DIR)
  file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "#[ \t]*include")
    foreach(line IN LISTS lines)
      foreach(pattern IN LISTS forbidden_include)
        if(line MATCHES "${pattern}")
          string(APPEND problems "  ${source}: ${line}\n")
        endif()
      endforeach()
    endforeach()
  endforeach()
endif()

if(DEFINED HEADLESS_BINARY)
  execute_process(COMMAND readelf -d "${HEADLESS_BINARY}" OUTPUT_VARIABLE dynamic
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${HEADLESS_BINARY}")
  endif()
  string(REGEX MATCHALL "libQt6(Widgets|Gui|Charts|Svg|OpenGL)[^]]*" linked "${dynamic}")
  foreach(lib IN LISTS linked)
    string(APPEND problems "  ${HEADLESS_BINARY} links ${lib}\n")
  endforeach()
endif()

if(problems)
  message(FATAL_ERROR "Layering violation (see README.md, Layout: core and sitrepctl never use "
    "widgets):\n${problems}")
endif()
