// 数据导出: every list the caller may export (GET /api/smedx/exports — all
// of them for operators and the department, a tenant admin's own orders),
// each with its columns and an optional filter in PocketBase's filter
// syntax over the fields the server lists. The list pages carry the same
// export button with their own filters; this page is the one place for
// statistics exports that no list page shows.
import { ref, reactive, onMounted } from 'vue'
import { errorMessage } from '../api.js'
import { exportCatalog } from '../api_exports.js'
import ExportButton from '../components/ExportButton.js'

export default {
  name: 'ExportsPage',
  components: { ExportButton },
  setup() {
    const items = ref([])
    const filters = reactive({})
    const loading = ref(true)
    const error = ref('')
    onMounted(async () => {
      try {
        items.value = await exportCatalog()
        for (const it of items.value) filters[it.name] = ''
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    })
    return { items, filters, loading, error }
  },
  template: `
  <div class="panel" v-loading="loading" style="min-height:200px" data-test="exports-page">
    <div class="panel-title"><h3>数据导出</h3></div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <el-empty v-else-if="!loading && !items.length" description="没有可导出的数据" />
    <el-table v-else :data="items" data-test="exports-table">
      <el-table-column label="数据" width="130"><template #default="{row}"><b>{{ row.title }}</b><div v-if="row.own_only" class="muted small">仅本企业</div></template></el-table-column>
      <el-table-column label="导出列" min-width="260">
        <template #default="{row}"><span class="muted small">{{ row.columns.join('、') }}</span></template>
      </el-table-column>
      <el-table-column label="筛选条件（可选）" min-width="280">
        <template #default="{row}">
          <el-input v-model="filters[row.name]" size="small" clearable :placeholder="'如 ' + (row.fields.some(f => f.code === 'status') ? 'status = &quot;completed&quot; && ' : '') + 'created >= &quot;2026-01-01&quot;'" :data-test="'export-filter-' + row.name" />
          <div class="muted small" style="margin-top:2px">可用字段：<span v-for="(f, i) in row.fields" :key="f.code">{{ i ? '，' : '' }}{{ f.code }}<template v-if="f.label">（{{ f.label }}）</template></span></div>
        </template>
      </el-table-column>
      <el-table-column label="操作" width="260">
        <template #default="{row}"><export-button :dataset="row.name" :filter="filters[row.name]" size="small" :data-test="'export-' + row.name" /></template>
      </el-table-column>
    </el-table>
  </div>`,
}
