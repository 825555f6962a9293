// The pager under every workbench table: total, page size (10/20/50/100),
// pages and jump, bound to a useList() state (app/list.js).
export default {
  name: 'ListPager',
  props: { list: { type: Object, required: true } },
  template: `
  <div class="pager" data-test="pager" v-if="list.total > 0">
    <el-pagination background layout="total, sizes, prev, pager, next, jumper" :total="list.total" :page-size="list.perPage" :page-sizes="list.sizes"
      :current-page="list.page" @current-change="list.pageChange" @size-change="list.sizeChange" />
  </div>`,
}
