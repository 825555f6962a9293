// 批量导入: a button and its dialog — ① 下载模板, ② 上传 a filled .xlsx,
// which the server checks row by row (nothing is written), ③ the report:
// every error with its row and column, or the rows to be created and
// 确认导入, which sends the same file to be written in one transaction
// (all or nothing; the server checks it again). Usage:
//   <import-dialog kind="staff" label="批量导入" @done="list.load()" />
import { ref, reactive, computed } from 'vue'
import { ElMessage } from 'element-plus'
import { errorMessage } from '../api.js'
import { downloadImportTemplate, uploadImport } from '../consoleApi.js'

export default {
  name: 'ImportDialog',
  props: {
    kind: { type: String, required: true },
    label: { type: String, default: '批量导入' },
    title: { type: String, default: '批量导入' },
    detailLabel: { type: String, default: '说明' },
    disabled: { type: Boolean, default: false },
  },
  emits: ['done'],
  setup(props, { emit }) {
    const open = ref(false)
    const st = reactive({ file: null, busy: false, progress: null, report: null, error: '', committed: false })
    const uploadRef = ref(null)
    const start = () => {
      Object.assign(st, { file: null, busy: false, progress: null, report: null, error: '', committed: false })
      uploadRef.value?.clearFiles()
      open.value = true
    }
    const template = async () => {
      try {
        await downloadImportTemplate(props.kind)
      } catch (e) {
        ElMessage.error(errorMessage(e, '模板下载失败'))
      }
    }
    const send = async (commit) => {
      if (!st.file || st.busy) return
      st.busy = true
      st.error = ''
      if (!commit) st.report = null
      try {
        const rep = await uploadImport(props.kind, st.file, commit, (p) => { st.progress = p })
        st.report = rep
        if (rep.committed) {
          st.committed = true
          ElMessage.success(rep.message)
          emit('done', rep)
        }
      } catch (e) {
        const rep = e.response?.data?.file?.report
        if (rep) st.report = rep
        else st.error = errorMessage(e, '导入失败')
      } finally {
        st.busy = false
        st.progress = null
      }
    }
    // el-upload hands the chosen file over; checking starts at once.
    const onChange = (uf) => {
      st.file = uf.raw
      uploadRef.value?.clearFiles()
      send(false)
    }
    const status = computed(() => {
      const p = st.progress
      if (!p) return ''
      return p.phase === 'uploading' ? `正在上传 ${p.percent}%` : '正在逐行校验…'
    })
    const canCommit = computed(() => st.report && st.report.valid && !st.report.committed && !st.busy)
    return { open, st, uploadRef, start, template, onChange, send, status, canCommit }
  },
  template: `
  <span class="import-dialog">
    <el-button type="primary" plain :disabled="disabled" @click="start" :data-test="'import-open-' + kind"><el-icon style="margin-right:4px"><icon-upload /></el-icon>{{ label }}</el-button>
    <el-dialog v-model="open" :title="title" width="720px" append-to-body :close-on-click-modal="!st.busy" :data-test="'import-dialog-' + kind">
      <el-steps :active="st.committed ? 4 : st.report ? 2 : st.file ? 1 : 0" finish-status="success" simple style="margin-bottom:14px">
        <el-step title="下载模板" /><el-step title="上传文件" /><el-step title="校验结果" /><el-step title="完成" />
      </el-steps>
      <p class="muted small" style="margin-top:0">
        按模板逐行填写（第 1 行为表头，“填写说明”工作表列出每列的要求和可选值），一次最多 200 行。上传后逐行校验；任何一行有错则全部不导入。
        <el-button link type="primary" @click="template" data-test="import-template"><el-icon style="margin-right:2px"><icon-download /></el-icon>下载模板</el-button>
      </p>
      <el-upload ref="uploadRef" drag action="#" :auto-upload="false" :show-file-list="false" :limit="1" accept=".xlsx" :disabled="st.busy" :on-change="onChange" data-test="import-upload">
        <el-icon class="el-icon--upload"><icon-upload-filled /></el-icon>
        <div class="el-upload__text">将填好的 .xlsx 文件拖到此处，或<em>点击选择</em></div>
        <template #tip><div class="el-upload__tip">{{ st.file ? '当前文件：' + st.file.name : '只支持 .xlsx，不超过 2 MB' }}</div></template>
      </el-upload>
      <div v-if="st.busy" style="margin:10px 0" data-test="import-progress" aria-live="polite">
        <el-progress :percentage="st.progress && st.progress.phase === 'uploading' ? st.progress.percent : 100" :indeterminate="!st.progress || st.progress.phase !== 'uploading'" :duration="2" />
        <span class="muted small">{{ status }}</span>
      </div>
      <el-alert v-if="st.error" :title="st.error" type="error" show-icon :closable="false" style="margin-top:10px" data-test="import-error" />
      <template v-if="st.report">
        <el-alert :title="st.report.message" :type="st.report.committed ? 'success' : st.report.valid ? 'info' : 'error'" show-icon :closable="false" style="margin:10px 0" data-test="import-summary" />
        <el-table v-if="st.report.issues.length" :data="st.report.issues" border max-height="300" data-test="import-issues">
          <el-table-column prop="row" label="行号" width="70" />
          <el-table-column prop="column" label="列" width="170" />
          <el-table-column prop="message" label="错误信息" min-width="260" />
        </el-table>
        <el-table v-else :data="st.report.rows" border max-height="300" data-test="import-rows">
          <el-table-column prop="row" label="行号" width="70" />
          <el-table-column prop="username" label="用户名" min-width="130" />
          <el-table-column prop="name" label="姓名" width="110" />
          <el-table-column prop="detail" :label="detailLabel" min-width="160" />
        </el-table>
      </template>
      <template #footer>
        <el-button @click="open = false" :disabled="st.busy">{{ st.committed ? '关闭' : '取消' }}</el-button>
        <el-button v-if="!st.committed" type="primary" :disabled="!canCommit" :loading="st.busy && !!st.report" @click="send(true)" data-test="import-commit">确认导入</el-button>
      </template>
    </el-dialog>
  </span>`,
}
