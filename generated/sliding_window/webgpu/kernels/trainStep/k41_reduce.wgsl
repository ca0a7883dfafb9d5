// kernel k41_reduce
@group(0) @binding(0) var<storage, read> t272: array<f32>;
@group(0) @binding(1) var<storage, read> t172: array<f32>;
@group(0) @binding(2) var<storage, read> t254: array<f32>;
@group(0) @binding(3) var<storage, read> t177: array<f32>;
@group(0) @binding(4) var<storage, read_write> t288: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l272: f32 = t272[row * 64i + col];
    let l172: f32 = t172[row * 64i + col];
    let v277: f32 = l272 * l172;
    acc0_0 += v277;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l254: f32 = t254[row * 64i + col_1];
    let l272_1: f32 = t272[row * 64i + col_1];
    let l178: f32 = t177[row];
    let v276: f32 = l272_1 * l178;
    let v286: f32 = l254 + v276;
    let l177: f32 = t177[row];
    let v279: f32 = l177 * l177;
    let v280: f32 = l177 * v279;
    let v281: f32 = v280 * -0.5f;
    let v282: f32 = r0_0 * v281;
    let v283: f32 = v282 * 0.015625f;
    let l172_1: f32 = t172[row * 64i + col_1];
    let v285: f32 = v283 * l172_1;
    let v287: f32 = v286 + v285;
    let v288: f32 = v287 + v285;
    t288[row * 64i + col_1] = v288;
  }
}
