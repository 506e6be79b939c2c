# Fails when the layers leak: core/ including GUI, widget, chart or highlighter headers; storage
# including anything of the project but storage, domain and util (it depends only on domain
# types), or domain anything but domain and util; or a binary that must stay headless
# (sitrepctl) linking Qt Gui or Widgets.
#   cmake -DCORE_DIR=<dir> [-DHEADLESS_BINARY=<file>] -P CheckLayering.cmake
cmake_minimum_required(VERSION 3.25)  # a script (-P) sets no policies of its own: IN_LIST needs them
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
      # Project headers are included by their folder under core/ ("storage/Database.h").
      file(RELATIVE_PATH relative "${CORE_DIR}" "${source}")
      if(relative MATCHES "^(storage|domain)/" AND line MATCHES "#[ \t]*include[ \t]*\"([a-z]+)/")
        set(included "${CMAKE_MATCH_1}")
        if(relative MATCHES "^storage/")
          set(allowed storage domain util)
        else()
          set(allowed domain util)
        endif()
        if(NOT included IN_LIST allowed)
          string(APPEND problems "  ${source}: ${line} (${included}/ is above this layer)\n")
        endif()
      endif()
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
