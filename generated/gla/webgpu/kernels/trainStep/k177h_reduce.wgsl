// kernel k177h_reduce
@group(0) @binding(0) var<storage, read> t800: array<f32>;
@group(0) @binding(1) var<storage, read> t779: array<f32>;
@group(0) @binding(2) var<storage, read> t781: array<f32>;
@group(0) @binding(3) var<storage, read> t785: array<f32>;
@group(0) @binding(4) var<storage, read> t789: array<f32>;
@group(0) @binding(5) var<storage, read> t793: array<f32>;
@group(0) @binding(6) var<storage, read> t797: array<f32>;
@group(0) @binding(7) var<storage, read_write> t803: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x800: f32 = t800[col];
    acc0_0 += x800;
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
    let x779: f32 = t779[0i];
    let l782: f32 = t781[0i];
    let v783: f32 = x779 + l782;
    let l786: f32 = t785[0i];
    let v787: f32 = v783 + l786;
    let l790: f32 = t789[0i];
    let v791: f32 = v787 + l790;
    let l794: f32 = t793[0i];
    let v795: f32 = v791 + l794;
    let l798: f32 = t797[0i];
    let v799: f32 = v795 + l798;
    let v803: f32 = v799 + r0_0;
    t803[0i] = v803;
  }
}
