// kernel k137a_reduce
@group(0) @binding(0) var<storage, read> t676: array<f32>;
@group(0) @binding(1) var<storage, read> t70: array<f32>;
@group(0) @binding(2) var<storage, read> t68: array<f32>;
@group(0) @binding(3) var<storage, read> t63: array<f32>;
@group(0) @binding(4) var<storage, read_write> t692: array<f32>;
@group(0) @binding(5) var<storage, read_write> t693: array<f32>;
@group(0) @binding(6) var<storage, read_write> t782: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k137a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l677: f32 = t676[row + col * 64i];
    let v678: f32 = l677 / 16.0f;
    let v679: f32 = -v678;
    let l70: f32 = t70[row + col * 64i];
    let v680: f32 = v679 / l70;
    let l68: f32 = t68[row + col * 64i];
    let v681: f32 = v680 * l68;
    let v682: f32 = -v681;
    let l63: f32 = t63[row + col * 64i];
    let v683: f32 = select(select(0.0f, -1.0f, l63 < 0.0f), 1.0f, l63 > 0.0f);
    let v684: f32 = v682 * v683;
    let v685: bool = l63 < 0.0f;
    let v686: f32 = f32(v685);
    let v687: bool = l63 == 0.0f;
    let v688: f32 = f32(v687);
    let v689: f32 = v688 * 0.5f;
    let v690: f32 = v686 + v689;
    let v691: f32 = v678 * v690;
    let v692: f32 = v684 + v691;
    acc0_0 += v692;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  for (var col_1: i32 = lid; col_1 < 1024i; col_1 += 256i) {
    let l677_1: f32 = t676[row + col_1 * 64i];
    let v678_1: f32 = l677_1 / 16.0f;
    let v679_1: f32 = -v678_1;
    let l70_1: f32 = t70[row + col_1 * 64i];
    let v680_1: f32 = v679_1 / l70_1;
    let l68_1: f32 = t68[row + col_1 * 64i];
    let v681_1: f32 = v680_1 * l68_1;
    let v682_1: f32 = -v681_1;
    let l63_1: f32 = t63[row + col_1 * 64i];
    let v683_1: f32 = select(select(0.0f, -1.0f, l63_1 < 0.0f), 1.0f, l63_1 > 0.0f);
    let v684_1: f32 = v682_1 * v683_1;
    let v685_1: bool = l63_1 < 0.0f;
    let v686_1: f32 = f32(v685_1);
    let v687_1: bool = l63_1 == 0.0f;
    let v688_1: f32 = f32(v687_1);
    let v689_1: f32 = v688_1 * 0.5f;
    let v690_1: f32 = v686_1 + v689_1;
    let v691_1: f32 = v678_1 * v690_1;
    let v692_1: f32 = v684_1 + v691_1;
    t692[row + col_1 * 64i] = v692_1;
  }
  if (lid == 0i) {
    t693[row] = r0_0;
    let v782: f32 = r0_0 * r0_0;
    t782[row] = v782;
  }
}
