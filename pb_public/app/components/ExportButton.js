// 导出 Excel: the export of a list with the page's current filter and sort
// (PocketBase filter syntax, the same string the page gives the records
// API). While the server writes the workbook it shows 正在生成; once the
// file streams, the rows and the size received so far; then the browser
// saves it. Usage:
//   <export-button dataset="orders" :filter="filter" sort="-created" />
import { ref, computed } from 'vue'
import { ElMessage } from 'element-plus'
import { errorMessage } from '../api.js'
import { downloadExport } from '../api_exports.js'

export function humanSize(bytes) {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`
  if (bytes >= 1 << 10) return `${Math.round(bytes / (1 << 10))} KB`
  return `${bytes} B`
}

export default {
  name: 'ExportButton',
  props: {
    dataset: { type: String, required: true },
    filter: { type: String, default: '' },
    sort: { type: String, default: '' },
    label: { type: String, default: '导出 Excel' },
    type: { type: String, default: 'default' },
    size: { type: String, default: 'default' },
  },
  emits: ['done'],
  setup(props, { emit }) {
    const busy = ref(false)
    const progress = ref(null) // {phase, rows, bytes}
    const last = ref(null)
    let controller = null
    const run = async () => {
      if (busy.value) return
      busy.value = true
      last.value = null
      controller = new AbortController()
      try {
        const res = await downloadExport(props.dataset, {
          filter: props.filter, sort: props.sort, signal: controller.signal,
          onProgress: (p) => { progress.value = p },
        })
        last.value = res
        ElMessage.success(`已导出 ${res.rows} 行（${humanSize(res.bytes)}）`)
        emit('done', res)
      } catch (e) {
        if (e?.name !== 'AbortError') ElMessage.error(errorMessage(e, '导出失败'))
      } finally {
        busy.value = false
        progress.value = null
        controller = null
      }
    }
    const cancel = () => controller?.abort()
    const status = computed(() => {
      const p = progress.value
      if (!p) return last.value ? `已导出 ${last.value.rows} 行 · ${humanSize(last.value.bytes)}` : ''
      if (p.phase === 'generating') return '正在生成…'
      return `共 ${p.rows} 行 · 已下载 ${humanSize(p.bytes)}`
    })
    return { busy, status, run, cancel }
  },
  template: `
  <span class="export-button" data-test="export-button" style="display:inline-flex;align-items:center;gap:8px">
    <el-button :type="type" :size="size" :loading="busy" @click="run" data-test="export-run">
      <el-icon v-if="!busy" style="margin-right:4px"><icon-download /></el-icon>{{ busy ? '导出中' : label }}
    </el-button>
    <el-button v-if="busy" link type="info" :size="size" @click="cancel" data-test="export-cancel">取消</el-button>
    <span v-if="status" class="muted small" data-test="export-progress" aria-live="polite">{{ status }}</span>
  </span>`,
}
