// kernel k183_reduce
@group(0) @binding(0) var<storage, read> t629: array<f32>;
@group(0) @binding(1) var<storage, read> t645: array<f32>;
@group(0) @binding(2) var<storage, read> t661: array<f32>;
@group(0) @binding(3) var<storage, read> t677: array<f32>;
@group(0) @binding(4) var<storage, read> t693: array<f32>;
@group(0) @binding(5) var<storage, read> t709: array<f32>;
@group(0) @binding(6) var<storage, read_write> t827: array<f32>;
@group(0) @binding(7) var<storage, read_write> t915: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k183_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16128i; col += 256i) {
    let l629: f32 = t629[col];
    let l645: f32 = t645[col];
    let v823: f32 = l629 + l645;
    let l661: f32 = t661[col];
    let v824: f32 = v823 + l661;
    let l677: f32 = t677[col];
    let v825: f32 = v824 + l677;
    let l693: f32 = t693[col];
    let v826: f32 = v825 + l693;
    let l709: f32 = t709[col];
    let v827: f32 = v826 + l709;
    let v914: f32 = v827 * v827;
    t827[col] = v827;
    acc0_0 += v914;
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
  if (lid == 0i) {
    t915[0i] = r0_0;
  }
}
