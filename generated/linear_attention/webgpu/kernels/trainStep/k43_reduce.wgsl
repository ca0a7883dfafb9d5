// kernel k43_reduce
@group(0) @binding(0) var<storage, read> t296: array<f32>;
@group(0) @binding(1) var<storage, read> t245: array<f32>;
@group(0) @binding(2) var<storage, read> t250: array<f32>;
@group(0) @binding(3) var<storage, read_write> t312: array<f32>;
@group(0) @binding(4) var<storage, read_write> t315: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k43_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l296: f32 = t296[row * 64i + col];
    let l245: f32 = t245[row * 64i + col];
    let v301: f32 = l296 * l245;
    acc0_0 += v301;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l296_1: f32 = t296[row * 64i + col_1];
    let l251: f32 = t250[row];
    let v300: f32 = l296_1 * l251;
    let l250: f32 = t250[row];
    let v303: f32 = l250 * l250;
    let v304: f32 = l250 * v303;
    let v306: f32 = v304 * -0.5f;
    let v307: f32 = r0_0 * v306;
    let v308: f32 = v307 * 0.015625f;
    let l245_1: f32 = t245[row * 64i + col_1];
    let v310: f32 = v308 * l245_1;
    let v311: f32 = v300 + v310;
    let v312: f32 = v311 + v310;
    let v313: f32 = -v312;
    t312[row * 64i + col_1] = v312;
    acc1_0 += v313;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v315: f32 = r1_0 * 0.015625f;
    t315[row] = v315;
  }
}
