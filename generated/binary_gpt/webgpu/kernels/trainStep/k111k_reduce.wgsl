// kernel k111k_reduce
@group(0) @binding(0) var<storage, read> t693: array<f32>;
@group(0) @binding(1) var<storage, read> t672: array<f32>;
@group(0) @binding(2) var<storage, read> t674: array<f32>;
@group(0) @binding(3) var<storage, read> t678: array<f32>;
@group(0) @binding(4) var<storage, read> t682: array<f32>;
@group(0) @binding(5) var<storage, read> t686: array<f32>;
@group(0) @binding(6) var<storage, read> t690: array<f32>;
@group(0) @binding(7) var<storage, read_write> t697: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x693: f32 = t693[col];
    acc0_0 += x693;
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
    let x672: f32 = t672[0i];
    let l675: f32 = t674[0i];
    let v676: f32 = x672 + l675;
    let l679: f32 = t678[0i];
    let v680: f32 = v676 + l679;
    let l683: f32 = t682[0i];
    let v684: f32 = v680 + l683;
    let l687: f32 = t686[0i];
    let v688: f32 = v684 + l687;
    let l691: f32 = t690[0i];
    let v692: f32 = v688 + l691;
    let v696: f32 = v692 + r0_0;
    let v697: f32 = sqrt(v696);
    t697[0i] = v697;
  }
}
