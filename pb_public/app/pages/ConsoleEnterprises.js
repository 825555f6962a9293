// 企业管理 (operators; read-only for the department): every provider and
// enterprise with its certification state, 地市 and 行业; 停用 / 启用 of a
// tenant (one or a batch) with a reason, and its accounts in the detail
// drawer. Data: GET /api/smedx/console/enterprises (hooks/console).
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { errorMessage } from '../api.js'
import { session } from '../store.js'
import { fmtDate } from '../util.js'
import { useList, consoleMeta, enterpriseDetail, setEnterprisesDisabled, setUsersDisabled, useConsoleStyles, PAGER, PAGE_SIZES } from '../consoleApi.js'
import EnterpriseView from '../components/EnterpriseView.js'

const CERT_TAG = { approved: 'success', pending: 'warning', rejected: 'danger', draft: 'info' }

export default {
  name: 'ConsoleEnterprisesPage',
  components: { EnterpriseView },
  setup() {
    useConsoleStyles()
    const operator = computed(() => session.user?.role === 'operator')
    const meta = ref({ kinds: [], cert_statuses: [], cities: [], industries: [] })
    const list = useList('console/enterprises', { q: '', kind: '', cert_status: '', city: '', industry: '', disabled: '' })
    onMounted(async () => {
      list.load()
      meta.value = await consoleMeta().catch(() => meta.value)
    })

    // 停用 / 启用 with a reason, for one tenant or the selected ones.
    const dlg = reactive({ open: false, disable: true, rows: [], reason: '', busy: false })
    const form = ref(null)
    const rules = computed(() => ({ reason: dlg.disable ? [{ required: true, message: '请填写停用原因', trigger: 'blur' }, { max: 500, message: '原因不能超过 500 个字', trigger: 'blur' }] : [{ max: 500, message: '原因不能超过 500 个字', trigger: 'blur' }] }))
    const ask = (rows, disable) => {
      const todo = rows.filter((r) => r.disabled !== disable)
      if (!todo.length) {
        ElMessage.info(disable ? '所选企业均已停用' : '所选企业均未停用')
        return
      }
      Object.assign(dlg, { open: true, disable, rows: todo, reason: '', busy: false })
    }
    const submit = async () => {
      if (!(await form.value.validate().catch(() => false))) return
      dlg.busy = true
      try {
        const res = await setEnterprisesDisabled(dlg.rows.map((r) => r.id), dlg.disable, dlg.reason)
        ElMessage.success(`已${dlg.disable ? '停用' : '启用'} ${res.count} 家企业`)
        dlg.open = false
        list.load()
        if (drawer.open) openDetail(drawer.row)
      } catch (e) {
        ElMessage.error(errorMessage(e))
      } finally {
        dlg.busy = false
      }
    }

    // Detail drawer.
    const drawer = reactive({ open: false, row: null, data: null, loading: false, error: '', tab: 'info' })
    const openDetail = async (row) => {
      Object.assign(drawer, { open: true, row, loading: true, error: '' })
      try {
        drawer.data = await enterpriseDetail(row.id)
        drawer.row = drawer.data.enterprise
      } catch (e) {
        drawer.error = errorMessage(e)
      } finally {
        drawer.loading = false
      }
    }
    // An account of the tenant: 停用 / 启用 with a reason.
    const accDlg = reactive({ open: false, row: null, disable: true, reason: '', busy: false })
    const askAccount = (row, disable) => Object.assign(accDlg, { open: true, row, disable, reason: '', busy: false })
    const submitAccount = async () => {
      if (accDlg.disable && !accDlg.reason.trim()) {
        ElMessage.error('请填写停用原因')
        return
      }
      accDlg.busy = true
      try {
        await setUsersDisabled([accDlg.row.id], accDlg.disable, accDlg.reason)
        ElMessage.success(accDlg.disable ? '帐号已停用' : '帐号已启用')
        accDlg.open = false
        openDetail(drawer.row)
      } catch (e) {
        ElMessage.error(errorMessage(e))
      } finally {
        accDlg.busy = false
      }
    }

    // The list's filters as a PocketBase filter, for the export (lead: wire ExportButton).
    const exportFilter = computed(() => {
      const f = list.filters
      const parts = []
      if (f.kind) parts.push(`kind = "${f.kind}"`)
      if (f.cert_status) parts.push(`cert_status = "${f.cert_status}"`)
      if (f.disabled) parts.push(`disabled = ${f.disabled === '1'}`)
      if (f.q) parts.push(`(name ~ "${f.q.replace(/"/g, '')}" || credit_code ~ "${f.q.replace(/"/g, '')}")`)
      return parts.join(' && ')
    })
    return { operator, meta, ...list, dlg, form, rules, ask, submit, drawer, openDetail, accDlg, askAccount, submitAccount, exportFilter, fmtDate, CERT_TAG, PAGER, PAGE_SIZES }
  },
  template: `
  <div data-test="console-enterprises">
    <div class="console-search">
      <el-form :model="filters" inline @submit.prevent="search">
        <el-form-item label="企业名称"><el-input v-model="filters.q" placeholder="名称或统一社会信用代码" clearable style="width:220px" @keyup.enter="search" data-test="ent-q" /></el-form-item>
        <el-form-item label="类型"><el-select v-model="filters.kind" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.kinds" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="认证状态"><el-select v-model="filters.cert_status" placeholder="全部" clearable style="width:120px"><el-option v-for="o in meta.cert_statuses" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="地市"><el-select v-model="filters.city" placeholder="全部" clearable filterable style="width:120px"><el-option v-for="o in meta.cities" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="行业"><el-select v-model="filters.industry" placeholder="全部" clearable filterable style="width:180px"><el-option v-for="o in meta.industries" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="帐号状态"><el-select v-model="filters.disabled" placeholder="全部" clearable style="width:100px"><el-option value="0" label="正常" /><el-option value="1" label="已停用" /></el-select></el-form-item>
        <el-form-item>
          <el-button type="primary" @click="search" data-test="ent-search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
          <el-button @click="reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
        </el-form-item>
      </el-form>
    </div>
    <div class="panel">
      <div class="console-toolbar">
        <template v-if="operator">
          <el-button type="danger" plain :disabled="!state.selection.length" @click="ask(state.selection, true)" data-test="ent-batch-disable">停用</el-button>
          <el-button type="success" plain :disabled="!state.selection.length" @click="ask(state.selection, false)" data-test="ent-batch-enable">启用</el-button>
        </template>
        <!-- EXPORT SLOT (lead wires at merge): <export-button dataset="enterprises" :filter="exportFilter" /> -->
        <span class="spacer"></span>
        <span class="muted small">共 {{ state.total }} 家</span>
      </div>
      <el-alert v-if="state.error" :title="state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <el-table :data="state.items" v-loading="state.loading" row-key="id" border :default-sort="defaultSort()" @sort-change="onSort" @selection-change="onSelect" empty-text="暂无企业" data-test="ent-table">
        <el-table-column v-if="operator" type="selection" width="42" />
        <el-table-column label="企业名称" min-width="200" prop="name" sortable="custom" show-overflow-tooltip>
          <template #default="{row}"><el-link type="primary" :underline="false" @click="openDetail(row)">{{ row.name || '（未填写）' }}</el-link></template>
        </el-table-column>
        <el-table-column label="类型" prop="kind" width="80" sortable="custom"><template #default="{row}"><el-tag size="small" :type="row.kind === 'provider' ? 'primary' : 'success'" effect="plain">{{ row.kind_label }}</el-tag></template></el-table-column>
        <el-table-column label="统一社会信用代码" prop="credit_code" width="180" />
        <el-table-column label="认证状态" prop="cert_status" width="100" sortable="custom"><template #default="{row}"><el-tag size="small" :type="CERT_TAG[row.cert_status]">{{ row.cert_status_label }}</el-tag></template></el-table-column>
        <el-table-column label="地市" prop="city_label" width="90" />
        <el-table-column label="行业" prop="industry_label" min-width="130" show-overflow-tooltip />
        <el-table-column label="管理员" min-width="140" show-overflow-tooltip><template #default="{row}">{{ row.admin_name }}<span v-if="row.admin_phone" class="muted small"> {{ row.admin_phone }}</span></template></el-table-column>
        <el-table-column label="用户数" prop="users_count" width="80" sortable="custom" />
        <el-table-column label="上架商品" prop="listed_products" width="96" sortable="custom" />
        <el-table-column label="注册时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
        <el-table-column label="帐号状态" width="96">
          <template #default="{row}">
            <el-tooltip v-if="row.disabled" :content="'停用原因：' + row.disabled_reason" placement="top"><el-tag size="small" type="danger" data-test="ent-disabled-tag">已停用</el-tag></el-tooltip>
            <el-tag v-else size="small" type="success" effect="plain">正常</el-tag>
          </template>
        </el-table-column>
        <el-table-column label="操作" width="120" fixed="right">
          <template #default="{row}">
            <el-button link type="primary" @click="openDetail(row)">详情</el-button>
            <template v-if="operator">
              <el-button v-if="!row.disabled" link type="danger" @click="ask([row], true)" data-test="ent-disable">停用</el-button>
              <el-button v-else link type="success" @click="ask([row], false)" data-test="ent-enable">启用</el-button>
            </template>
          </template>
        </el-table-column>
      </el-table>
      <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="state.total" v-model:current-page="state.page" v-model:page-size="state.perPage" @current-change="onPage" @size-change="search" /></div>
    </div>

    <el-dialog v-model="dlg.open" :title="(dlg.disable ? '停用' : '启用') + '企业帐号'" width="520px" data-test="ent-disable-dialog">
      <p style="margin-top:0">{{ dlg.disable ? '停用后该企业的所有帐号将无法登录和提交任何操作，已登录的帐号会被强制退出。' : '启用后该企业的帐号可以正常登录。' }}企业管理员将收到通知。</p>
      <p class="muted small">{{ dlg.rows.map(r => r.name).join('、') }}</p>
      <el-form ref="form" :model="dlg" :rules="rules" label-position="top">
        <el-form-item :label="dlg.disable ? '停用原因' : '启用说明（可选）'" prop="reason">
          <el-input v-model="dlg.reason" type="textarea" :rows="3" maxlength="500" show-word-limit data-test="ent-reason" />
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="dlg.open = false">取消</el-button>
        <el-button :type="dlg.disable ? 'danger' : 'primary'" :loading="dlg.busy" @click="submit" data-test="ent-disable-ok">确认{{ dlg.disable ? '停用' : '启用' }}</el-button>
      </template>
    </el-dialog>

    <el-drawer v-model="drawer.open" :title="drawer.row ? drawer.row.name : ''" size="60%" data-test="ent-drawer">
      <div v-loading="drawer.loading">
        <el-alert v-if="drawer.error" :title="drawer.error" type="error" show-icon :closable="false" />
        <el-tabs v-if="drawer.data" v-model="drawer.tab">
          <el-tab-pane label="基本信息" name="info">
            <el-descriptions :column="2" border size="small">
              <el-descriptions-item label="企业名称">{{ drawer.row.name }}</el-descriptions-item>
              <el-descriptions-item label="类型">{{ drawer.row.kind_label }}</el-descriptions-item>
              <el-descriptions-item label="统一社会信用代码">{{ drawer.row.credit_code }}</el-descriptions-item>
              <el-descriptions-item label="认证状态"><el-tag size="small" :type="CERT_TAG[drawer.row.cert_status]">{{ drawer.row.cert_status_label }}</el-tag></el-descriptions-item>
              <el-descriptions-item label="地市">{{ drawer.row.city_label }}</el-descriptions-item>
              <el-descriptions-item label="行业">{{ drawer.row.industry_label }}</el-descriptions-item>
              <el-descriptions-item label="注册时间">{{ fmtDate(drawer.row.created) }}</el-descriptions-item>
              <el-descriptions-item label="认证时间">{{ fmtDate(drawer.row.certified_at) || '—' }}</el-descriptions-item>
              <el-descriptions-item label="帐号状态"><el-tag size="small" :type="drawer.row.disabled ? 'danger' : 'success'">{{ drawer.row.disabled ? '已停用' : '正常' }}</el-tag></el-descriptions-item>
              <el-descriptions-item label="停用原因">{{ drawer.row.disabled ? drawer.row.disabled_reason + '（' + fmtDate(drawer.row.disabled_at) + '）' : '—' }}</el-descriptions-item>
              <el-descriptions-item label="采购订单">{{ drawer.data.figures.orders_bought }}</el-descriptions-item>
              <el-descriptions-item label="销售订单">{{ drawer.data.figures.orders_sold }}</el-descriptions-item>
              <el-descriptions-item label="服务券">{{ drawer.data.figures.vouchers_count }} 张</el-descriptions-item>
              <el-descriptions-item label="商品">{{ drawer.data.products_by_status.map(s => s.label + ' ' + s.count).join('，') || '—' }}</el-descriptions-item>
            </el-descriptions>
          </el-tab-pane>
          <el-tab-pane v-if="operator" label="帐号" name="accounts">
            <el-table :data="drawer.data.accounts" size="small" border data-test="ent-accounts">
              <el-table-column prop="username" label="用户名" min-width="120" />
              <el-table-column prop="name" label="姓名" min-width="90" />
              <el-table-column prop="phone" label="手机号" width="120" />
              <el-table-column label="身份" width="110"><template #default="{row}">{{ row.tenant_admin ? '管理员' : '普通用户' }}<span v-if="row.is_expert">·专家</span></template></el-table-column>
              <el-table-column label="最近登录" width="150"><template #default="{row}">{{ fmtDate(row.last_login_at) || '—' }}</template></el-table-column>
              <el-table-column label="状态" width="80"><template #default="{row}"><el-tag size="small" :type="row.disabled ? 'danger' : 'success'" effect="plain">{{ row.disabled ? '已停用' : '正常' }}</el-tag></template></el-table-column>
              <el-table-column label="操作" width="80"><template #default="{row}">
                <el-button v-if="!row.disabled" link type="danger" @click="askAccount(row, true)">停用</el-button>
                <el-button v-else link type="success" @click="askAccount(row, false)">启用</el-button>
              </template></el-table-column>
            </el-table>
          </el-tab-pane>
          <el-tab-pane v-if="operator" label="企业信息" name="profile" lazy>
            <enterprise-view :enterprise-id="drawer.row.id" />
          </el-tab-pane>
          <!-- HISTORY SLOT (lead wires at merge): <el-tab-pane label="历史" name="history" lazy><history-tab collection="enterprises" :record="drawer.row.id" /></el-tab-pane> -->
        </el-tabs>
      </div>
    </el-drawer>

    <el-dialog v-model="accDlg.open" :title="(accDlg.disable ? '停用' : '启用') + '帐号 ' + (accDlg.row ? accDlg.row.username : '')" width="460px" append-to-body>
      <el-input v-model="accDlg.reason" type="textarea" :rows="3" maxlength="500" show-word-limit :placeholder="accDlg.disable ? '停用原因（必填）' : '启用说明（可选）'" />
      <template #footer>
        <el-button @click="accDlg.open = false">取消</el-button>
        <el-button :type="accDlg.disable ? 'danger' : 'primary'" :loading="accDlg.busy" @click="submitAccount">确认</el-button>
      </template>
    </el-dialog>
  </div>`,
}
