// kernel k111h_reduce
@group(0) @binding(0) var<storage, read> t613: array<f32>;
@group(0) @binding(1) var<storage, read> t600: array<f32>;
@group(0) @binding(2) var<storage, read> t602: array<f32>;
@group(0) @binding(3) var<storage, read> t606: array<f32>;
@group(0) @binding(4) var<storage, read> t610: array<f32>;
@group(0) @binding(5) var<storage, read> t618: array<f32>;
@group(0) @binding(6) var<storage, read> t622: array<f32>;
@group(0) @binding(7) var<storage, read_write> t624: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x613: f32 = t613[col];
    acc0_0 += x613;
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
    let x600: f32 = t600[0i];
    let l603: f32 = t602[0i];
    let v604: f32 = x600 + l603;
    let l607: f32 = t606[0i];
    let v608: f32 = v604 + l607;
    let l611: f32 = t610[0i];
    let v612: f32 = v608 + l611;
    let v616: f32 = v612 + r0_0;
    let l619: f32 = t618[0i];
    let v620: f32 = v616 + l619;
    let l623: f32 = t622[0i];
    let v624: f32 = v620 + l623;
    t624[0i] = v624;
  }
}
