// kernel k46_reduce
@group(0) @binding(0) var<storage, read> t313: array<f32>;
@group(0) @binding(1) var<storage, read> t92: array<f32>;
@group(0) @binding(2) var<storage, read> t216: array<f32>;
@group(0) @binding(3) var<storage, read> t97: array<f32>;
@group(0) @binding(4) var<storage, read_write> t329: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k46_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l313: f32 = t313[row * 64i + col];
    let l92: f32 = t92[row * 64i + col];
    let v318: f32 = l313 * l92;
    acc0_0 += v318;
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
    let l216: f32 = t216[row * 64i + col_1];
    let l313_1: f32 = t313[row * 64i + col_1];
    let l98: f32 = t97[row];
    let v317: f32 = l313_1 * l98;
    let v327: f32 = l216 + v317;
    let l97: f32 = t97[row];
    let v320: f32 = l97 * l97;
    let v321: f32 = l97 * v320;
    let v322: f32 = v321 * -0.5f;
    let v323: f32 = r0_0 * v322;
    let v324: f32 = v323 * 0.015625f;
    let l92_1: f32 = t92[row * 64i + col_1];
    let v326: f32 = v324 * l92_1;
    let v328: f32 = v327 + v326;
    let v329: f32 = v328 + v326;
    t329[row * 64i + col_1] = v329;
  }
}
