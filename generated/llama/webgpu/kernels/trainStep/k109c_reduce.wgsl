// kernel k109c_reduce
@group(0) @binding(0) var<storage, read> t445: array<f32>;
@group(0) @binding(1) var<storage, read> t32: array<f32>;
@group(0) @binding(2) var<storage, read_write> t448: array<f32>;
@group(0) @binding(3) var<storage, read_write> t488: array<f32>;
@group(0) @binding(4) var<storage, read> t372: array<f32>;
@group(0) @binding(5) var<storage, read_write> t508: array<f32>;
@group(0) @binding(6) var<storage, read> t340: array<f32>;
@group(0) @binding(7) var<storage, read_write> t524: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k109c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l445: f32 = t445[row + col * 64i];
    let l32: f32 = t32[row + col * 64i];
    let v447: f32 = l445 * l32;
    acc0_0 += v447;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  if (lid == 0i) {
    t448[row] = r0_0;
    let v488: f32 = r0_0 * r0_0;
    t488[row] = v488;
    let x372: f32 = t372[row];
    let v508: f32 = x372 * x372;
    t508[row] = v508;
    let x340: f32 = t340[row];
    let v524: f32 = x340 * x340;
    t524[row] = v524;
  }
}
