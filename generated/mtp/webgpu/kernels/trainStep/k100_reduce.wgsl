// kernel k100_reduce
@group(0) @binding(0) var<storage, read> t690: array<f32>;
@group(0) @binding(1) var<storage, read> t464: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t469: array<f32>;
@group(0) @binding(4) var<storage, read_write> t707: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k100_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l690: f32 = t690[row * 64i + col];
    let l464: f32 = t464[row * 64i + col];
    let v695: f32 = l690 * l464;
    acc0_0 += v695;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l673: f32 = t668[192i + row * 256i + col_1];
    let l690_1: f32 = t690[row * 64i + col_1];
    let l470: f32 = t469[row];
    let v694: f32 = l690_1 * l470;
    let v705: f32 = l673 + v694;
    let l469: f32 = t469[row];
    let v697: f32 = l469 * l469;
    let v698: f32 = l469 * v697;
    let v700: f32 = v698 * -0.5f;
    let v701: f32 = r0_0 * v700;
    let v702: f32 = v701 * 0.015625f;
    let l464_1: f32 = t464[row * 64i + col_1];
    let v704: f32 = v702 * l464_1;
    let v706: f32 = v705 + v704;
    let v707: f32 = v706 + v704;
    t707[row * 64i + col_1] = v707;
  }
}
