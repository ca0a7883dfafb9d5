// kernel k23a_reduce
@group(0) @binding(0) var<storage, read> t732: array<f32>;
@group(0) @binding(1) var<storage, read> t602: array<f32>;
@group(0) @binding(2) var<storage, read> in_step: array<f32>;
@group(0) @binding(3) var<storage, read_write> t734: array<f32>;
@group(0) @binding(4) var<storage, read_write> t753: array<f32>;
@group(0) @binding(5) var<storage, read> t758: array<f32>;
@group(0) @binding(6) var<storage, read> t762: array<f32>;
@group(0) @binding(7) var<storage, read_write> t768: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k23a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l732: f32 = t732[col];
    let v754: f32 = l732 * l732;
    let l602: f32 = t602[col];
    let v765: f32 = l602 * l602;
    acc0_0 += v754;
    acc0_1 += v765;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
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
    let l733: f32 = in_step[0i];
    let v734: f32 = l733 + 1.0f;
    t734[0i] = v734;
    let v752: bool = l733 < 20.0f;
    let v736: f32 = v734 * 0.00015f;
    let v738: f32 = l733 - 20.0f;
    let v740: f32 = v738 / 980.0f;
    let v742: f32 = max(v740, 0.0f);
    let v743: f32 = min(v742, 1.0f);
    let v745: f32 = v743 * 3.1415927f;
    let v746: f32 = cos(v745);
    let v747: f32 = v746 + 1.0f;
    let v749: f32 = v747 * 0.00135f;
    let v751: f32 = v749 + 0.0003f;
    let v753: f32 = select(v751, v736, v752);
    t753[0i] = v753;
    let l759: f32 = t758[0i];
    let v760: f32 = r0_0 + l759;
    let l763: f32 = t762[0i];
    let v764: f32 = v760 + l763;
    let v768: f32 = v764 + r0_1;
    t768[0i] = v768;
  }
}
