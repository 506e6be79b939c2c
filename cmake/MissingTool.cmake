# cmake -DTOOL=<program> -DPACKAGE=<debian package> -P MissingTool.cmake
# Stands in for a test whose program was not found at configure time (sitrep_add_tool_test):
# fails when CI is set (not empty, not "false", as for -Werror), else says SKIPPED for CTest.
set(why "${TOOL} was not found when the build was configured; it is in the Debian package ${PACKAGE}, which ./dev installs in the Debian 13 root")
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  message(FATAL_ERROR "${why}. With CI set a missing tool fails the test instead of skipping it.")
endif()
message("SKIPPED: ${why}.")
