// kernel k244_reduce
@group(0) @binding(0) var<storage, read> t1228: array<f32>;
@group(0) @binding(1) var<storage, read> t132: array<f32>;
@group(0) @binding(2) var<storage, read> t1212: array<f32>;
@group(0) @binding(3) var<storage, read> t137: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1244: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k244_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1228: f32 = t1228[row * 64i + col];
    let l132: f32 = t132[row * 64i + col];
    let v1233: f32 = l1228 * l132;
    acc0_0 += v1233;
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
    let l1212: f32 = t1212[row * 64i + col_1];
    let l1228_1: f32 = t1228[row * 64i + col_1];
    let l138: f32 = t137[row];
    let v1232: f32 = l1228_1 * l138;
    let v1242: f32 = l1212 + v1232;
    let l137: f32 = t137[row];
    let v1235: f32 = l137 * l137;
    let v1236: f32 = l137 * v1235;
    let v1237: f32 = v1236 * -0.5f;
    let v1238: f32 = r0_0 * v1237;
    let v1239: f32 = v1238 * 0.015625f;
    let l132_1: f32 = t132[row * 64i + col_1];
    let v1241: f32 = v1239 * l132_1;
    let v1243: f32 = v1242 + v1241;
    let v1244: f32 = v1243 + v1241;
    t1244[row * 64i + col_1] = v1244;
  }
}
