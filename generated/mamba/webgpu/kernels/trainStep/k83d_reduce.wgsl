// kernel k83d_reduce
@group(0) @binding(0) var<storage, read> t510: array<f32>;
@group(0) @binding(1) var<storage, read> t493: array<f32>;
@group(0) @binding(2) var<storage, read> t495: array<f32>;
@group(0) @binding(3) var<storage, read> t499: array<f32>;
@group(0) @binding(4) var<storage, read> t503: array<f32>;
@group(0) @binding(5) var<storage, read> t507: array<f32>;
@group(0) @binding(6) var<storage, read> t515: array<f32>;
@group(0) @binding(7) var<storage, read_write> t517: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k83d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x510: f32 = t510[col];
    acc0_0 += x510;
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
  if (lid == 0i) {
    let x493: f32 = t493[0i];
    let l496: f32 = t495[0i];
    let v497: f32 = x493 + l496;
    let l500: f32 = t499[0i];
    let v501: f32 = v497 + l500;
    let l504: f32 = t503[0i];
    let v505: f32 = v501 + l504;
    let l508: f32 = t507[0i];
    let v509: f32 = v505 + l508;
    let v513: f32 = v509 + r0_0;
    let l516: f32 = t515[0i];
    let v517: f32 = v513 + l516;
    t517[0i] = v517;
  }
}
