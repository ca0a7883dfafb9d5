// kernel k111g_reduce
@group(0) @binding(0) var<storage, read> t585: array<f32>;
@group(0) @binding(1) var<storage, read> t576: array<f32>;
@group(0) @binding(2) var<storage, read> t578: array<f32>;
@group(0) @binding(3) var<storage, read> t582: array<f32>;
@group(0) @binding(4) var<storage, read> t590: array<f32>;
@group(0) @binding(5) var<storage, read> t594: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t600: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x585: f32 = t585[col];
    acc0_0 += x585;
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
    let x576: f32 = t576[0i];
    let l579: f32 = t578[0i];
    let v580: f32 = x576 + l579;
    let l583: f32 = t582[0i];
    let v584: f32 = v580 + l583;
    let v588: f32 = v584 + r0_0;
    let l591: f32 = t590[0i];
    let v592: f32 = v588 + l591;
    let l595: f32 = t594[0i];
    let v596: f32 = v592 + l595;
    let l599: f32 = t598[0i];
    let v600: f32 = v596 + l599;
    t600[0i] = v600;
  }
}
