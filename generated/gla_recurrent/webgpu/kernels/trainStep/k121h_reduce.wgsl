// kernel k121h_reduce
@group(0) @binding(0) var<storage, read> t626: array<f32>;
@group(0) @binding(1) var<storage, read> t605: array<f32>;
@group(0) @binding(2) var<storage, read> t607: array<f32>;
@group(0) @binding(3) var<storage, read> t611: array<f32>;
@group(0) @binding(4) var<storage, read> t615: array<f32>;
@group(0) @binding(5) var<storage, read> t619: array<f32>;
@group(0) @binding(6) var<storage, read> t623: array<f32>;
@group(0) @binding(7) var<storage, read_write> t629: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x626: f32 = t626[col];
    acc0_0 += x626;
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
    let x605: f32 = t605[0i];
    let l608: f32 = t607[0i];
    let v609: f32 = x605 + l608;
    let l612: f32 = t611[0i];
    let v613: f32 = v609 + l612;
    let l616: f32 = t615[0i];
    let v617: f32 = v613 + l616;
    let l620: f32 = t619[0i];
    let v621: f32 = v617 + l620;
    let l624: f32 = t623[0i];
    let v625: f32 = v621 + l624;
    let v629: f32 = v625 + r0_0;
    t629[0i] = v629;
  }
}
