// kernel k200j_reduce
@group(0) @binding(0) var<storage, read> t957: array<f32>;
@group(0) @binding(1) var<storage, read> t944: array<f32>;
@group(0) @binding(2) var<storage, read> t946: array<f32>;
@group(0) @binding(3) var<storage, read> t950: array<f32>;
@group(0) @binding(4) var<storage, read> t954: array<f32>;
@group(0) @binding(5) var<storage, read> t962: array<f32>;
@group(0) @binding(6) var<storage, read> t966: array<f32>;
@group(0) @binding(7) var<storage, read_write> t968: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k200j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x957: f32 = t957[col];
    acc0_0 += x957;
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
    let x944: f32 = t944[0i];
    let l947: f32 = t946[0i];
    let v948: f32 = x944 + l947;
    let l951: f32 = t950[0i];
    let v952: f32 = v948 + l951;
    let l955: f32 = t954[0i];
    let v956: f32 = v952 + l955;
    let v960: f32 = v956 + r0_0;
    let l963: f32 = t962[0i];
    let v964: f32 = v960 + l963;
    let l967: f32 = t966[0i];
    let v968: f32 = v964 + l967;
    t968[0i] = v968;
  }
}
