// kernel k41_reduce
@group(0) @binding(0) var<storage, read> t262: array<f32>;
@group(0) @binding(1) var<storage, read> t166: array<f32>;
@group(0) @binding(2) var<storage, read> t245: array<f32>;
@group(0) @binding(3) var<storage, read> t171: array<f32>;
@group(0) @binding(4) var<storage, read_write> t278: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l262: f32 = t262[row * 64i + col];
    let l166: f32 = t166[row * 64i + col];
    let v267: f32 = l262 * l166;
    acc0_0 += v267;
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
    let l245: f32 = t245[row * 64i + col_1];
    let l262_1: f32 = t262[row * 64i + col_1];
    let l172: f32 = t171[row];
    let v266: f32 = l262_1 * l172;
    let v276: f32 = l245 + v266;
    let l171: f32 = t171[row];
    let v269: f32 = l171 * l171;
    let v270: f32 = l171 * v269;
    let v271: f32 = v270 * -0.5f;
    let v272: f32 = r0_0 * v271;
    let v273: f32 = v272 * 0.015625f;
    let l166_1: f32 = t166[row * 64i + col_1];
    let v275: f32 = v273 * l166_1;
    let v277: f32 = v276 + v275;
    let v278: f32 = v277 + v275;
    t278[row * 64i + col_1] = v278;
  }
}
