// kernel k50_reduce
@group(0) @binding(0) var<storage, read> t297: array<f32>;
@group(0) @binding(1) var<storage, read> t251: array<f32>;
@group(0) @binding(2) var<storage, read> t256: array<f32>;
@group(0) @binding(3) var<storage, read_write> t313: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k50_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l297: f32 = t297[row * 64i + col];
    let l251: f32 = t251[row * 64i + col];
    let v302: f32 = l297 * l251;
    acc0_0 += v302;
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
    let l297_1: f32 = t297[row * 64i + col_1];
    let l257: f32 = t256[row];
    let v301: f32 = l297_1 * l257;
    let l256: f32 = t256[row];
    let v304: f32 = l256 * l256;
    let v305: f32 = l256 * v304;
    let v307: f32 = v305 * -0.5f;
    let v308: f32 = r0_0 * v307;
    let v309: f32 = v308 * 0.015625f;
    let l251_1: f32 = t251[row * 64i + col_1];
    let v311: f32 = v309 * l251_1;
    let v312: f32 = v301 + v311;
    let v313: f32 = v312 + v311;
    t313[row * 64i + col_1] = v313;
  }
}
