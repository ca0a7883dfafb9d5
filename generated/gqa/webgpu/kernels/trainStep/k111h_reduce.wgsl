// kernel k111h_reduce
@group(0) @binding(0) var<storage, read> t576: array<f32>;
@group(0) @binding(1) var<storage, read> t575: array<f32>;
@group(0) @binding(2) var<storage, read> t581: array<f32>;
@group(0) @binding(3) var<storage, read_write> t584: array<f32>;
@group(0) @binding(4) var<storage, read_write> t588: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x576: f32 = t576[col];
    acc0_0 += x576;
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
    let x575: f32 = t575[0i];
    let v579: f32 = x575 + r0_0;
    let l582: f32 = t581[0i];
    let v583: f32 = v579 + l582;
    let v584: f32 = sqrt(v583);
    t584[0i] = v584;
    let v586: f32 = v584 + 0.000001f;
    let v587: f32 = 1.0f / v586;
    let v588: f32 = min(v587, 1.0f);
    t588[0i] = v588;
  }
}
