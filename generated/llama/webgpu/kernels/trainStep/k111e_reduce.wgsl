// kernel k111e_reduce
@group(0) @binding(0) var<storage, read> t502: array<f32>;
@group(0) @binding(1) var<storage, read> t522: array<f32>;
@group(0) @binding(2) var<storage, read> t500: array<f32>;
@group(0) @binding(3) var<storage, read> t507: array<f32>;
@group(0) @binding(4) var<storage, read> t511: array<f32>;
@group(0) @binding(5) var<storage, read> t515: array<f32>;
@group(0) @binding(6) var<storage, read> t519: array<f32>;
@group(0) @binding(7) var<storage, read_write> t525: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x502: f32 = t502[col];
    let x522: f32 = t522[col];
    acc0_0 += x502;
    acc0_1 += x522;
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
    let l501: f32 = t500[0i];
    let v505: f32 = l501 + r0_0;
    let l508: f32 = t507[0i];
    let v509: f32 = v505 + l508;
    let l512: f32 = t511[0i];
    let v513: f32 = v509 + l512;
    let l516: f32 = t515[0i];
    let v517: f32 = v513 + l516;
    let l520: f32 = t519[0i];
    let v521: f32 = v517 + l520;
    let v525: f32 = v521 + r0_1;
    t525[0i] = v525;
  }
}
