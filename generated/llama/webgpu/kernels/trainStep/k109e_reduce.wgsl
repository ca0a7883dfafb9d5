// kernel k109e_reduce
@group(0) @binding(0) var<storage, read> t488: array<f32>;
@group(0) @binding(1) var<storage, read> t508: array<f32>;
@group(0) @binding(2) var<storage, read> t486: array<f32>;
@group(0) @binding(3) var<storage, read> t493: array<f32>;
@group(0) @binding(4) var<storage, read> t497: array<f32>;
@group(0) @binding(5) var<storage, read> t501: array<f32>;
@group(0) @binding(6) var<storage, read> t505: array<f32>;
@group(0) @binding(7) var<storage, read_write> t511: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x488: f32 = t488[col];
    let x508: f32 = t508[col];
    acc0_0 += x488;
    acc0_1 += x508;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let l487: f32 = t486[0i];
    let v491: f32 = l487 + r0_0;
    let l494: f32 = t493[0i];
    let v495: f32 = v491 + l494;
    let l498: f32 = t497[0i];
    let v499: f32 = v495 + l498;
    let l502: f32 = t501[0i];
    let v503: f32 = v499 + l502;
    let l506: f32 = t505[0i];
    let v507: f32 = v503 + l506;
    let v511: f32 = v507 + r0_1;
    t511[0i] = v511;
  }
}
