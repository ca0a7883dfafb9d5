// kernel k198k_reduce
@group(0) @binding(0) var<storage, read> t946: array<f32>;
@group(0) @binding(1) var<storage, read> t937: array<f32>;
@group(0) @binding(2) var<storage, read> t939: array<f32>;
@group(0) @binding(3) var<storage, read> t943: array<f32>;
@group(0) @binding(4) var<storage, read> t951: array<f32>;
@group(0) @binding(5) var<storage, read_write> t954: array<f32>;
@group(0) @binding(6) var<storage, read_write> t958: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k198k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x946: f32 = t946[col];
    acc0_0 += x946;
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
    let x937: f32 = t937[0i];
    let l940: f32 = t939[0i];
    let v941: f32 = x937 + l940;
    let l944: f32 = t943[0i];
    let v945: f32 = v941 + l944;
    let v949: f32 = v945 + r0_0;
    let l952: f32 = t951[0i];
    let v953: f32 = v949 + l952;
    let v954: f32 = sqrt(v953);
    t954[0i] = v954;
    let v956: f32 = v954 + 0.000001f;
    let v957: f32 = 1.0f / v956;
    let v958: f32 = min(v957, 1.0f);
    t958[0i] = v958;
  }
}
