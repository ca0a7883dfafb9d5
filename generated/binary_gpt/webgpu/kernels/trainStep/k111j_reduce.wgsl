// kernel k111j_reduce
@group(0) @binding(0) var<storage, read> t665: array<f32>;
@group(0) @binding(1) var<storage, read> t648: array<f32>;
@group(0) @binding(2) var<storage, read> t650: array<f32>;
@group(0) @binding(3) var<storage, read> t654: array<f32>;
@group(0) @binding(4) var<storage, read> t658: array<f32>;
@group(0) @binding(5) var<storage, read> t662: array<f32>;
@group(0) @binding(6) var<storage, read> t670: array<f32>;
@group(0) @binding(7) var<storage, read_write> t672: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k111j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x665: f32 = t665[col];
    acc0_0 += x665;
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
    let x648: f32 = t648[0i];
    let l651: f32 = t650[0i];
    let v652: f32 = x648 + l651;
    let l655: f32 = t654[0i];
    let v656: f32 = v652 + l655;
    let l659: f32 = t658[0i];
    let v660: f32 = v656 + l659;
    let l663: f32 = t662[0i];
    let v664: f32 = v660 + l663;
    let v668: f32 = v664 + r0_0;
    let l671: f32 = t670[0i];
    let v672: f32 = v668 + l671;
    t672[0i] = v672;
  }
}
