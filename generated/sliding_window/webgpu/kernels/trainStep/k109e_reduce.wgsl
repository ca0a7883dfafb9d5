// kernel k109e_reduce
@group(0) @binding(0) var<storage, read> t490: array<f32>;
@group(0) @binding(1) var<storage, read> t510: array<f32>;
@group(0) @binding(2) var<storage, read> t488: array<f32>;
@group(0) @binding(3) var<storage, read> t495: array<f32>;
@group(0) @binding(4) var<storage, read> t499: array<f32>;
@group(0) @binding(5) var<storage, read> t503: array<f32>;
@group(0) @binding(6) var<storage, read> t507: array<f32>;
@group(0) @binding(7) var<storage, read_write> t513: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x490: f32 = t490[col];
    let x510: f32 = t510[col];
    acc0_0 += x490;
    acc0_1 += x510;
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
    let l489: f32 = t488[0i];
    let v493: f32 = l489 + r0_0;
    let l496: f32 = t495[0i];
    let v497: f32 = v493 + l496;
    let l500: f32 = t499[0i];
    let v501: f32 = v497 + l500;
    let l504: f32 = t503[0i];
    let v505: f32 = v501 + l504;
    let l508: f32 = t507[0i];
    let v509: f32 = v505 + l508;
    let v513: f32 = v509 + r0_1;
    t513[0i] = v513;
  }
}
