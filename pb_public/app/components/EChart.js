// One Apache ECharts chart (vendored ESM build, zh-CN locale) in the look
// of Element Plus: the theme takes its colours from Element Plus's CSS
// variables (the platform's blue as primary), so charts follow the UI's
// palette. The chart redraws when its option changes and resizes with
// its box (window resize, side menu collapse, drawer) via ResizeObserver.
import { ref, onMounted, onBeforeUnmount, watch } from 'vue'
import * as echarts from 'echarts'

let themed = false
function registerTheme() {
  if (themed) return
  themed = true
  const css = getComputedStyle(document.documentElement)
  const v = (name, fallback) => css.getPropertyValue(name).trim() || fallback
  const text = v('--el-text-color-regular', '#606266')
  const border = v('--el-border-color', '#dcdfe6')
  const light = v('--el-border-color-lighter', '#ebeef5')
  echarts.registerTheme('smedx', {
    color: [
      v('--el-color-primary', '#0b4ea2'), v('--el-color-success', '#67c23a'), v('--el-color-warning', '#e6a23c'),
      v('--el-color-danger', '#f56c6c'), '#5b8ff9', '#13c2c2', '#9254de', v('--el-color-info', '#909399'),
    ],
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily: getComputedStyle(document.body).fontFamily },
    title: { textStyle: { color: v('--el-text-color-primary', '#303133'), fontSize: 14, fontWeight: 600 } },
    legend: { textStyle: { color: text } },
    categoryAxis: { axisLine: { lineStyle: { color: border } }, axisTick: { lineStyle: { color: border } }, axisLabel: { color: text }, splitLine: { lineStyle: { color: light } } },
    valueAxis: { axisLine: { show: false }, axisLabel: { color: text }, splitLine: { lineStyle: { color: light, type: 'dashed' } } },
    tooltip: { backgroundColor: '#fff', borderColor: light, textStyle: { color: text } },
  })
}

export default {
  name: 'EChart',
  props: {
    option: { type: Object, required: true },
    height: { type: String, default: '300px' },
  },
  setup(props) {
    const el = ref(null)
    let chart = null
    let observer = null
    let frame = 0
    onMounted(() => {
      registerTheme()
      chart = echarts.init(el.value, 'smedx', { locale: 'ZH' })
      chart.setOption(props.option, true)
      // One resize per animation frame, whatever the number of changes.
      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => chart && chart.resize())
      })
      observer.observe(el.value)
    })
    watch(() => props.option, (opt) => chart && chart.setOption(opt, true))
    onBeforeUnmount(() => {
      cancelAnimationFrame(frame)
      observer?.disconnect()
      chart?.dispose()
      chart = null
    })
    return { el }
  },
  template: `<div ref="el" class="echart" data-test="echart" :style="{ height, width: '100%' }"></div>`,
}
